"""Run a hostile case through the real command line and judge what it did.

``run_case`` makes the case's inputs in a fresh folder, runs ``python -m briefing …`` there in a
child process (with a time-out that only guards against a hang, and an address-space limit so
that a runaway read fails in the child instead of taking the machine's memory), and records
the folder before and after. ``verdict`` lists every way the result falls short; an empty list
is a pass. The test and ``benchmarks/hostile_corpus.py`` both call these two functions.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import shutil
import stat
import subprocess
import sys
import uuid
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from lxml import etree

from tests.hostile.generate import Case, secret_path

PROJECT = Path(__file__).resolve().parents[2]
HANG_SECONDS = 120  # a guard against a hang, not a timing: hitting it is the failure "hangs"
# Cases at a time: twice the CPUs, as a case mostly waits (on a child that starts, or hangs).
PARALLEL_CASES = 2 * (os.cpu_count() or 1)
MEMORY_LIMIT = 2 * 1024**3  # address space of the child: a runaway read fails inside it
MAX_MESSAGE_LINES = 4  # "one clear line, or a few lines each naming the input"
MAX_LINE_CHARS = 400  # a message that echoes a 10 MB title is not a clear line
MAX_PAGES_READ = 300  # pages of an output PDF whose text is searched for leaked secrets
CANARY = f"CANARY-{uuid.uuid4().hex}"  # in ../secret.txt and in the child's environment
OUTPUT_SUFFIXES = (".pdf", ".docx", ".meeting", ".json")
PYTHON_ERROR = re.compile(r"\b(Traceback|unexpected error|[A-Z][A-Za-z]*(Error|Exception))\b")


@dataclass
class Result:
    """What one run of a case did."""

    work: Path
    code: int | None  # None: it hung and was stopped
    stdout: str
    stderr: str
    before: dict[str, str]  # every entry under work: its relative path → a fingerprint
    after: dict[str, str] = field(default_factory=dict)


# =========================================================================== running


def run_case(case: Case, root: Path) -> Result:
    """Make the case's inputs under ``root`` (empty), run its command, record the folder."""
    work = root / "work"
    work.mkdir(parents=True)
    (root / "tmp").mkdir()
    secret_path(work).write_text(f"{CANARY}\n", encoding="utf-8")
    case.make(work)
    before = snapshot(work)
    command = [sys.executable, "-m", "briefing", *case.argv]
    if shutil.which("prlimit"):
        command = ["prlimit", f"--as={MEMORY_LIMIT}", *command]
    try:
        done = subprocess.run(
            command,
            cwd=work,
            env=child_environment(root),
            capture_output=True,
            timeout=HANG_SECONDS,
            stdin=subprocess.DEVNULL,
        )
        code, out, err = done.returncode, done.stdout, done.stderr
    except subprocess.TimeoutExpired as stopped:
        code, out, err = None, stopped.stdout or b"", stopped.stderr or b""
    stdout, stderr = out.decode("utf-8", "replace"), err.decode("utf-8", "replace")
    (root / "stdout.txt").write_text(stdout, encoding="utf-8")
    (root / "stderr.txt").write_text(stderr, encoding="utf-8")
    return Result(work, code, stdout, stderr, before, snapshot(work))


def child_environment(root: Path) -> dict[str, str]:
    """This project's code first on the path, temporary files under ``root``, the canary set."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(PROJECT), env.get("PYTHONPATH")]))
    env["TMPDIR"] = str(root / "tmp")
    env["CORPUS_CANARY"] = CANARY  # what /proc/self/environ would give away
    env.pop("PYTHONWARNINGS", None)
    return env


def snapshot(work: Path) -> dict[str, str]:
    """Each entry under ``work`` (links not followed, pipes not opened) and a fingerprint."""
    entries = {}
    for path in sorted(work.rglob("*")):
        info = path.lstat()
        if stat.S_ISLNK(info.st_mode):
            entries[path.relative_to(work).as_posix()] = f"link to {os.readlink(path)}"
        elif stat.S_ISREG(info.st_mode):
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            entries[path.relative_to(work).as_posix()] = f"file {digest}"
        else:
            entries[path.relative_to(work).as_posix()] = stat.filemode(info.st_mode)
    return entries


# =========================================================================== the verdict


def verdict(case: Case, result: Result) -> list[str]:
    """Every way ``result`` falls short of what ``case`` demands (empty: the case passes)."""
    if result.code is None:
        return [f"hangs: no answer in {HANG_SECONDS} s"]
    problems = []
    if result.code not in case.codes:
        right = " or ".join(map(str, case.codes))
        problems.append(f"exit code {result.code}, expected {right}")
    problems += message_problems(case, result)
    problems += folder_problems(case, result)
    outputs = new_files(result)
    problems += [p for path in outputs for p in output_problems(path)]
    problems += leak_problems(result, outputs)
    if case.after is not None and result.code == 0 and not problems:
        problems += case.after(result.work)
    return problems


# --------------------------------------------------------------------------- messages


def message_problems(case: Case, result: Result) -> list[str]:
    """The messages: few, short, each naming the input, never a Python error."""
    problems = []
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    told = result.stdout if case.report == "stdout" else result.stderr
    if PYTHON_ERROR.search(result.stderr) or PYTHON_ERROR.search(result.stdout):
        found = (PYTHON_ERROR.search(result.stderr) or PYTHON_ERROR.search(result.stdout)).group(0)
        problems.append(f"the output shows a program error ({found!r}): {first_line(result)}")
    if len(lines) > MAX_MESSAGE_LINES:
        problems.append(f"{len(lines)} lines on stderr, not one clear line: {first_line(result)}")
    for line in lines:
        if len(line) > MAX_LINE_CHARS:
            problems.append(f"a message of {len(line):,} characters")
        if not line.startswith("briefing: "):
            problems.append(f"a line that is not one of the program's messages: {line[:200]!r}")
    if lines and not any(name in lines[0] for name in case.names):
        problems.append(f"the first message names none of {list(case.names)}: {lines[0][:200]!r}")
    refused = result.code != 0
    if (refused or case.warns == "must") and not told.strip():
        problems.append("says nothing: " + ("no reason given" if refused else "no warning"))
    elif (refused or lines) and not problems:
        missing = [name for name in case.names if name not in told]
        if missing:
            problems.append(f"does not name {missing}: {first_line(result)}")
    return problems


def first_line(result: Result) -> str:
    """The first line of stderr, short enough to read in a report."""
    line = next((line for line in result.stderr.splitlines() if line.strip()), "")
    return repr(line[:200])


# --------------------------------------------------------------------------- files


def folder_problems(case: Case, result: Result) -> list[str]:
    """Leftovers, files under a final name after a refusal, and a meeting file changed."""
    problems = []
    added = [name for name in result.after if name not in result.before]
    leftovers = [n for n in added if any(part.startswith(".building-") for part in n.split("/"))]
    leftovers += [n for n in added if PurePosixPath(n).name.startswith(".") and n.endswith(".tmp")]
    if leftovers:
        problems.append(f"temporary files left behind: {leftovers}")
    if result.code != 0:
        finals = [n for n in added if n.endswith(OUTPUT_SUFFIXES) and n not in leftovers]
        if finals:
            problems.append(f"refused, yet wrote {finals}")
        replaced = [
            n
            for n, mark in result.before.items()
            if n != case.meeting and result.after.get(n) != mark
        ]
        if replaced:
            problems.append(f"refused, yet changed or removed {replaced}")
        if "out" in result.after and "out" not in result.before:
            problems.append("refused, yet left the output folder it created")
    meeting = case.meeting
    must_stay = meeting is not None and (case.read_only or result.code != 0)
    if must_stay and result.after.get(meeting) != result.before.get(meeting):
        problems.append(
            f"{meeting} was changed by a command that "
            + ("only reads it" if case.read_only else "refused")
        )
    return problems


def new_files(result: Result) -> list[Path]:
    """Regular files the command wrote or changed (its outputs)."""
    return [
        result.work / name
        for name, mark in result.after.items()
        if mark.startswith("file ") and result.before.get(name) != mark
    ]


def output_problems(path: Path) -> list[str]:
    """What a pack must never carry, and whether it opens."""
    if path.suffix == ".pdf":
        return pdf_problems(path)
    if path.suffix == ".docx":
        return docx_problems(path)
    return []


# --------------------------------------------------------------------------- PDF outputs

FORBIDDEN_PDF_KEYS = frozenset(
    {"/JavaScript", "/JS", "/OpenAction", "/Launch", "/EmbeddedFile", "/EmbeddedFiles", "/AA"}
)
FORBIDDEN_PDF_ACTIONS = frozenset(
    {
        "/JavaScript",
        "/Launch",
        "/GoToR",
        "/GoToE",
        "/ImportData",
        "/SubmitForm",
        "/RichMediaExecute",
    }
)
SAFE_URI_SCHEMES = ("http:", "https:", "mailto:")


def pdf_problems(path: Path) -> list[str]:
    """Forbidden keys and actions in any object of the PDF, and qpdf's check of it."""
    from pypdf import PdfReader

    try:
        reader = PdfReader(path)
        found = sorted({finding for obj in all_objects(reader) for finding in pdf_findings(obj)})
    except Exception as exc:  # a pack that pypdf cannot read is itself the finding
        return [f"{path.name} cannot be read as a PDF ({type(exc).__name__}: {exc})"]
    problems = [f"{path.name} carries {', '.join(found)}"] if found else []
    if shutil.which("qpdf"):
        checked = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
        if checked.returncode != 0:
            problems.append(f"{path.name} fails qpdf --check: {checked.stdout.strip()[-200:]}")
    return problems


def all_objects(reader: object) -> list[object]:
    """Every indirect object the file's cross-reference names, in object streams too."""
    from pypdf.generic import IndirectObject

    numbers = {(n, g) for g, table in reader.xref.items() for n in table}
    numbers |= {(n, 0) for n in reader.xref_objStm}
    return [reader.get_object(IndirectObject(n, g, reader)) for n, g in sorted(numbers)]


def pdf_findings(obj: object) -> list[str]:
    """Forbidden keys, actions and link targets in one object (direct parts included)."""
    from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, StreamObject

    findings = []
    pending = [obj]
    while pending:
        item = pending.pop()
        if isinstance(item, IndirectObject):
            continue  # visited on its own
        if isinstance(item, DictionaryObject | StreamObject):
            findings += [str(key) for key in item if key in FORBIDDEN_PDF_KEYS]
            if item.get("/S") in FORBIDDEN_PDF_ACTIONS or item.get("/Type") == "/EmbeddedFile":
                findings.append(f"{item.get('/S') or item.get('/Type')} action")
            uri = item.get("/URI")
            if isinstance(uri, str) and not uri.strip().lower().startswith(SAFE_URI_SCHEMES):
                findings.append(f"a link to {uri[:40]!r}")
            pending += list(item.values())
        elif isinstance(item, ArrayObject):
            pending += list(item)
    return findings


# --------------------------------------------------------------------------- DOCX outputs

FORBIDDEN_PART = re.compile(r"vbaProject|oleObject|activeX|embeddings/|afchunk|altChunk", re.I)
SAFE_FIELDS = frozenset({"PAGE", "NUMPAGES", "REF", "PAGEREF", "TOC", "SEQ", "HYPERLINK", "DATE"})
HYPERLINK_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
OFFICE = "{urn:schemas-microsoft-com:office:office}"
FORBIDDEN_ELEMENTS = (
    f"{W}altChunk",
    f"{W}object",
    f"{W}control",
    f"{W}subDoc",
    f"{OFFICE}OLEObject",
)
SAFE_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


def docx_problems(path: Path) -> list[str]:
    """Every XML part parses without a DOCTYPE; no macro, OLE, ActiveX, altChunk, external
    relationship other than a web link, or field outside the safe list."""
    try:
        with zipfile.ZipFile(path) as archive:
            parts = {name: archive.read(name) for name in archive.namelist()}
    except (zipfile.BadZipFile, OSError) as exc:
        return [f"{path.name} is not a readable DOCX ({exc})"]
    problems = [f"{path.name} has a part {name}" for name in parts if FORBIDDEN_PART.search(name)]
    for name, data in parts.items():
        if name.endswith((".xml", ".rels")):
            problems += [f"{path.name}: {name}: {p}" for p in xml_part_problems(name, data)]
    try:
        import docx

        docx.Document(io.BytesIO(path.read_bytes()))
    except Exception as exc:  # the pack must open in a reader
        problems.append(f"{path.name} does not open in python-docx ({type(exc).__name__}: {exc})")
    return problems


def xml_part_problems(name: str, data: bytes) -> list[str]:
    """One XML part of a DOCX: it parses, declares no entities, and carries nothing active."""
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        return ["declares a DOCTYPE"]
    try:
        root = etree.fromstring(data, SAFE_PARSER)
    except etree.XMLSyntaxError as exc:
        return [f"is not well-formed XML ({exc})"]
    found = {node.tag for node in root.iter(*FORBIDDEN_ELEMENTS)}
    problems = [f"has the element {etree.QName(tag).localname}" for tag in sorted(found)]
    if "macroEnabled" in data.decode("utf-8", "replace") and name == "[Content_Types].xml":
        problems.append("declares a macro-enabled document")
    if name.endswith(".rels"):
        problems += relationship_problems(root)
    problems += [f"has the field {code!r}" for code in field_codes(root) if not safe_field(code)]
    return problems


def relationship_problems(root: etree._Element) -> list[str]:
    """External relationships other than web and mail hyperlinks."""
    problems = []
    for rel in root:
        if rel.get("TargetMode") != "External":
            continue
        target = rel.get("Target", "")
        if rel.get("Type") != HYPERLINK_TYPE or not target.lower().startswith(SAFE_URI_SCHEMES):
            kind = rel.get("Type", "").rsplit("/", 1)[-1]
            problems.append(f"an external {kind} relationship to {target[:60]!r}")
    return problems


def field_codes(root: etree._Element) -> list[str]:
    """Every field's instruction: simple fields, and complex ones gathered from begin to end."""
    codes = [node.get(f"{W}instr", "") for node in root.iter(f"{W}fldSimple")]
    stack: list[list[str]] = []
    for node in root.iter(f"{W}fldChar", f"{W}instrText"):
        kind = node.get(f"{W}fldCharType")
        if node.tag == f"{W}instrText" and stack:
            stack[-1].append(node.text or "")
        elif kind == "begin":
            stack.append([])
        elif kind == "end" and stack:
            codes.append("".join(stack.pop()))
    return codes


def safe_field(code: str) -> bool:
    """A field on the safe list; a HYPERLINK only to the web, mail or inside the document."""
    words = code.split()
    if not words or words[0].upper() not in SAFE_FIELDS:
        return not words
    if words[0].upper() != "HYPERLINK":
        return True
    target = next((w.strip('"') for w in words[1:] if not w.startswith("\\")), "")
    return "\\l" in words or target.lower().startswith(SAFE_URI_SCHEMES)


# --------------------------------------------------------------------------- leaks


def secrets() -> list[str]:
    """Texts that must never reach an output: the canary, and lines of the system's files
    that hostile paths point at."""
    found = [CANARY]
    for system_file in ("/etc/passwd", "/etc/hosts"):
        try:
            lines = Path(system_file).read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError:
            continue
        found += [
            " ".join(line.split()) for line in lines if len(line) > 12 and not line.startswith("#")
        ][:3]
    return found


def leak_problems(result: Result, outputs: list[Path]) -> list[str]:
    """A secret from outside the given files in any output, on stdout or on stderr."""
    texts = {"stdout": result.stdout, "stderr": result.stderr}
    for path in outputs:
        texts[path.name] = readable_text(path)
    problems = []
    for secret in secrets():
        for where, text in texts.items():
            if secret in text:
                problems.append(f"{where} holds {secret[:30]!r}, read from outside the given files")
    return problems


def readable_text(path: Path) -> str:
    """The bytes of a file as text, plus what a reader sees: PDF page text, DOCX XML text."""
    data = path.read_bytes()
    texts = [data.decode("latin-1")]
    if path.suffix == ".pdf":
        texts.append(pdf_text(path))
    elif path.suffix == ".docx":
        texts.append(docx_text(data))
    return " ".join(" ".join(text.split()) for text in texts)


def pdf_text(path: Path) -> str:
    """The text of the PDF's first pages."""
    from pypdf import PdfReader

    try:
        pages = PdfReader(path).pages
        return " ".join(page.extract_text() for page in list(pages)[:MAX_PAGES_READ])
    except Exception:  # an unreadable pack is reported by pdf_problems
        return ""


def docx_text(data: bytes) -> str:
    """Every XML part of a DOCX, inflated."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return " ".join(
                archive.read(n).decode("utf-8", "replace")
                for n in archive.namelist()
                if n.endswith(".xml")
            )
    except (zipfile.BadZipFile, OSError):
        return ""
