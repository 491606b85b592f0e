from tests.storage.postgres import db_url, postgres_server  # noqa: F401  (fixtures)
