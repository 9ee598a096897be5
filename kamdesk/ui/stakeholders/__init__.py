"""The stakeholder map and contacts, our team, contact import and the jour fixe."""
