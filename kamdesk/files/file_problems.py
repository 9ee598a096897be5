"""What went wrong with a file, by the operating system's error number: the user is told
that in their language, never the system's English text."""

import errno

from kamdesk.domain.errors import FileProblem

_BY_ERRNO = {
    errno.ENOSPC: FileProblem.DISK_FULL,
    errno.EDQUOT: FileProblem.DISK_FULL,
    errno.EFBIG: FileProblem.DISK_FULL,
    errno.EACCES: FileProblem.NO_PERMISSION,
    errno.EPERM: FileProblem.NO_PERMISSION,
    errno.EROFS: FileProblem.READ_ONLY,
    errno.EISDIR: FileProblem.NOT_A_FILE,
    errno.ENOTDIR: FileProblem.NOT_A_FILE,
    errno.EIO: FileProblem.IO,
    errno.ESTALE: FileProblem.IO,
    errno.ETIMEDOUT: FileProblem.IO,
}


def file_problem(error: OSError) -> FileProblem:
    return _BY_ERRNO.get(error.errno or 0, FileProblem.OTHER)
