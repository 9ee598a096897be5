"""Storage: SQLAlchemy models, engine, migrations and queries."""
