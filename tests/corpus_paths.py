"""Where the test data lives: all of it inside the repository, so a bare clone runs the suite."""
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
MIME_CORPUS = DATA / "mime"      # public MIME test messages; see data/mime/SOURCES.md and LICENSES/
