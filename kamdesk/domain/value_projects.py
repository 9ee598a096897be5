"""Joint value projects (SPEC §3): work in logistics, IT, R&D, administration or production that
raises productivity on both sides. The KAM sells economic value, not just products."""

import uuid
from dataclasses import dataclass
from enum import StrEnum

from kamdesk.domain.annual_plan import check_title


class ProjectArea(StrEnum):
    LOGISTICS = "logistics"
    IT = "it"
    RESEARCH = "research"  # R&D
    ADMINISTRATION = "administration"
    PRODUCTION = "production"


class ProjectStatus(StrEnum):
    IDEA = "idea"
    PLANNED = "planned"
    RUNNING = "running"
    DONE = "done"
    DROPPED = "dropped"


@dataclass(frozen=True)
class ValueProject:
    id: uuid.UUID
    title: str
    area: ProjectArea = ProjectArea.LOGISTICS
    benefit_customer: str = ""  # what the customer gains
    benefit_own: str = ""  # what we gain
    status: ProjectStatus = ProjectStatus.IDEA


def validated_project(project: ValueProject) -> ValueProject:
    check_title(project.title)
    return project
