from tests.taalakkoord.conftest import employer, national_team  # noqa: F401 - shared fixtures
