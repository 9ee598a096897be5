"""What team sync says about the team server: one sentence per refusal, naming the server
as the user entered it, and what became of their changes."""

from PySide6.QtCore import QCoreApplication

from kamdesk.domain.errors import (
    TeamServerBusy,
    TeamServerError,
    TeamServerForeign,
    TeamServerInUse,
    TeamServerNotReady,
    TeamServerRefused,
    TeamServerTooNew,
    TeamServerUnreachable,
)

translate = QCoreApplication.translate


def team_server_message(error: TeamServerError) -> str:
    server = error.server
    if isinstance(error, TeamServerUnreachable):
        return translate(
            "sync",
            "The team server {server} cannot be reached. Is the network connected? Nothing was "
            "synced; your changes stay on this laptop and go out with the next sync.",
        ).format(server=server)
    if isinstance(error, TeamServerRefused):
        return translate(
            "sync",
            "The team server {server} refused the login. Check the user name and password, or "
            "ask your IT department for access; nothing was synced.",
        ).format(server=server)
    if isinstance(error, TeamServerNotReady):
        return translate(
            "sync",
            "The team server {server} is not set up for this version of kamdesk. Your IT "
            "department sets it up with “kamdesk server init”; nothing was synced.",
        ).format(server=server)
    if isinstance(error, TeamServerTooNew):
        return translate(
            "sync",
            "The team server {server} was set up by a newer version of kamdesk. Nothing was "
            "synced; please update kamdesk.",
        ).format(server=server)
    if isinstance(error, TeamServerForeign):
        return translate(
            "sync",
            "The team server {server} belongs to another team. Nothing was synced. To join that "
            "team, choose the server again in the sync settings.",
        ).format(server=server)
    if isinstance(error, TeamServerInUse):
        return translate(
            "sync",
            "The team server {server} already holds a team's data. A shared file is moved only "
            "onto a new team server; nothing was changed.",
        ).format(server=server)
    if isinstance(error, TeamServerBusy):
        return translate(
            "sync",
            "Colleagues kept syncing with the team server {server}. Nothing was lost; please "
            "sync again in a minute.",
        ).format(server=server)
    return translate(
        "sync", "The team server {server} cannot be used right now ({detail}). Nothing was synced."
    ).format(server=server, detail=error.detail)
