"""How well a CV fits a posting, computed here (no AI service; nothing leaves the server).

A posting's key terms are the skills, tools and qualifications it names: terms from a
vocabulary below (with their other spellings: "Postgres" is PostgreSQL), and the
acronyms and product-like names it repeats or lists under requirements ("SQL", "dbt",
"Figma"). A term is covered when the CV's text names it, in any of its spellings.
"""

import re
from collections import Counter
from dataclasses import dataclass

#: Canonical term → other spellings. Lower case; matched on word boundaries.
VOCABULARY: dict[str, tuple[str, ...]] = {
    # Languages and runtimes
    "Python": (), "Java": (), "JavaScript": ("js", "ecmascript"), "TypeScript": ("ts",),
    "Go": ("golang",), "Rust": (), "C": (), "C++": ("cpp",), "C#": ("csharp", "c sharp"),
    "Ruby": (), "PHP": (), "Kotlin": (), "Swift": (), "Scala": (), "R": (), "SQL": (),
    "Bash": ("shell scripting",), "HTML": ("html5",), "CSS": ("css3",), "Elixir": (),
    "Haskell": (), "Dart": (), "MATLAB": (), "Perl": (), "Objective-C": (),
    # Frameworks and libraries
    "Django": (), "Flask": (), "FastAPI": (), "React": ("react.js", "reactjs"),
    "Vue": ("vue.js", "vuejs"), "Angular": ("angularjs",), "Svelte": (), "Next.js": ("nextjs",),
    "Node.js": ("node", "nodejs"), "Express": ("express.js",), "Spring": ("spring boot",),
    "Rails": ("ruby on rails",), "Laravel": (), ".NET": ("dotnet", "asp.net"),
    "pandas": (), "NumPy": (), "scikit-learn": ("sklearn",), "PyTorch": (),
    "TensorFlow": (), "Spark": ("apache spark", "pyspark"), "Kafka": ("apache kafka",),
    "Airflow": ("apache airflow",), "dbt": (), "GraphQL": (), "REST": ("restful", "rest api"),
    "gRPC": (), "Tailwind": ("tailwind css",), "Bootstrap": (), "jQuery": (),
    # Data stores
    "PostgreSQL": ("postgres",), "MySQL": (), "SQLite": (), "MongoDB": ("mongo",),
    "Redis": (), "Elasticsearch": ("elastic search", "opensearch"), "Snowflake": (),
    "BigQuery": (), "Redshift": (), "DynamoDB": (), "Cassandra": (), "Oracle": (),
    # Cloud and operations
    "AWS": ("amazon web services",), "Azure": ("microsoft azure",),
    "GCP": ("google cloud", "google cloud platform"), "Docker": ("containers",),
    "Kubernetes": ("k8s",), "Terraform": (), "Ansible": (), "Linux": (),
    "Git": ("github", "gitlab"),
    "CI/CD": ("continuous integration", "continuous delivery", "ci cd"), "Jenkins": (),
    "GitHub Actions": (), "Prometheus": (), "Grafana": (), "Datadog": (), "Nginx": (),
    "Serverless": ("lambda",), "Microservices": ("microservice",),
    # Practices
    "Agile": (), "Scrum": (), "Kanban": (), "TDD": ("test-driven development",),
    "Unit testing": ("unit tests",), "Code review": ("code reviews",),
    "System design": (), "Distributed systems": (), "Machine learning": ("ml",),
    "Deep learning": (), "NLP": ("natural language processing",), "Data analysis": (),
    "Data visualisation": ("data visualization",), "Statistics": ("statistical",),
    "A/B testing": ("ab testing", "experimentation"), "ETL": ("data pipelines",),
    "Security": ("cybersecurity", "infosec"), "Accessibility": ("a11y", "wcag"),
    "SEO": (), "API design": (), "Performance": ("performance tuning",),
    # Design and product
    "Figma": (), "Sketch": (), "Adobe XD": (), "Photoshop": (), "Illustrator": (),
    "User research": ("ux research",), "Usability testing": (), "Prototyping": ("prototypes",),
    "Wireframing": ("wireframes",), "Design systems": ("design system",),
    "Interaction design": (), "UX": ("user experience",), "UI": ("user interface",),
    "Product management": (), "Roadmapping": ("roadmap", "roadmaps"),
    "Stakeholder management": ("stakeholders",), "OKRs": ("okr",), "Jira": (), "Confluence": (),
    # Business tools and skills
    "Excel": ("spreadsheets",), "Power BI": ("powerbi",), "Tableau": (), "Looker": (),
    "Salesforce": (), "HubSpot": (), "SAP": (), "Google Analytics": (),
    "Project management": (), "Communication": ("communication skills",),
    "Leadership": ("leading teams", "team lead"), "Mentoring": ("mentorship", "coaching"),
    "Customer support": ("customer service",), "Negotiation": (), "Budgeting": ("budgets",),
    "Copywriting": (), "Content strategy": (), "Marketing": (), "Sales": (),
    "Recruiting": ("recruitment",), "Bookkeeping": (), "Financial modelling": (
        "financial modeling",),
    # Qualifications
    "Bachelor's degree": ("bachelor", "bachelors", "bsc", "ba degree", "b.s."),
    "Master's degree": ("master", "masters", "msc", "m.s."), "PhD": ("doctorate",),
    "PMP": (), "CPA": (), "ACCA": (), "CISSP": (), "Driving licence": ("driver's license",),
    "English": (), "German": (), "French": (), "Spanish": (), "Dutch": (),
}  # fmt: skip

#: Capitalised words that are not skills, even when a posting repeats them.
STOPWORDS = {
    "a", "an", "and", "the", "we", "you", "our", "your", "us", "they", "it", "this", "that",
    "for", "with", "in", "on", "at", "to", "of", "as", "by", "or", "is", "are", "be", "will",
    "can", "job", "role", "team", "teams", "company", "about", "what", "who", "how", "why",
    "ideal", "apply", "benefits", "requirements", "responsibilities", "qualifications",
    "experience", "skills", "nice", "bonus", "plus", "must", "have", "join", "work",
    "remote", "hybrid", "office", "salary", "location", "full", "time", "part", "equal",
    "opportunity", "employer", "inc", "ltd", "gmbh", "llc", "mon", "tue", "wed", "thu",
    "fri", "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "faq", "usa", "uk", "eu", "ceo",
    "cto", "hr", "pto", "eeo", "i", "if", "all", "more", "new", "help", "key", "day",
}  # fmt: skip

_WORD = r"(?<![\w+#.-]){}(?![\w+#]|\.\w)"


@dataclass(frozen=True)
class Term:
    name: str
    mentions: int
    covered: bool | None = None


@dataclass(frozen=True)
class Fit:
    terms: list[Term]

    @property
    def covered(self) -> list[Term]:
        return [t for t in self.terms if t.covered]

    @property
    def missing(self) -> list[Term]:
        return [t for t in self.terms if not t.covered]

    @property
    def score(self) -> int:
        """Percent of the posting's key terms the CV covers."""
        return round(100 * len(self.covered) / len(self.terms)) if self.terms else 0


def _pattern(*spellings: str) -> re.Pattern:
    """One pattern for all spellings, longest first, so one mention counts once."""
    alternatives = sorted({s.lower() for s in spellings}, key=len, reverse=True)
    body = "|".join(re.escape(s).replace(r"\ ", r"[\s-]+") for s in alternatives)
    return re.compile(_WORD.format(f"(?:{body})"), re.I)


def _normal(spelling: str) -> str:
    return re.sub(r"[\s-]+", " ", spelling.lower())


# A one-letter language ("C", "R") only counts written as a capital on its own, never "a",
# "r&d" or "c." in a sentence; "Go" only capitalised, never the verb.
_CASE_SENSITIVE = {
    "C": re.compile(r"(?<![\w+#.&/-])C(?![\w+#&/]|\.\w)"),
    "R": re.compile(r"(?<![\w+#.&/-])R(?![\w+#&/]|\.\w)"),
    "Go": re.compile(r"(?<![\w-])Go(?![\w-])(?!\s+(?:to|for|beyond|above)\b)"),
}
#: Every other spelling, normalised, and the term it names.
_TERM_OF = {
    _normal(spelling): name
    for name, others in VOCABULARY.items()
    for spelling in ((*others,) if name in _CASE_SENSITIVE else (name, *others))
}
# One pass over the lower-cased text finds every term: a pattern per term would read it
# 200 times, and ignoring case in the pattern makes the one pass three times slower.
_ALL_TERMS = re.compile(_pattern(*_TERM_OF).pattern)
_ACRONYM = re.compile(
    r"(?<![\w.])([A-Z][A-Za-z0-9]*[A-Z0-9][A-Za-z0-9]*|[a-z]+[A-Z][A-Za-z]+)(?![\w])"
)


def _term_counts(text: str) -> Counter:
    """How often the text names each vocabulary term, in any spelling."""
    counts: Counter = Counter()
    for match in _ALL_TERMS.finditer(text.lower()):
        name = _TERM_OF.get(_normal(match.group()))
        if name:
            counts[name] += 1
    for name, pattern in _CASE_SENSITIVE.items():
        found = len(pattern.findall(text))
        if found:
            counts[name] += found
    return counts


def key_terms(posting_text: str, *, limit: int = 30) -> list[Term]:
    """The posting's skills, tools and qualifications, most mentioned first."""
    counts = _term_counts(posting_text)
    # Acronyms and product-like names the vocabulary does not know, mentioned twice.
    unknown = Counter(
        word for word in _ACRONYM.findall(posting_text)
        if word.lower() not in STOPWORDS and _normal(word) not in _TERM_OF
        and word not in VOCABULARY and len(word) <= 20
    )  # fmt: skip
    for word, found in unknown.items():
        if found >= 2:
            counts[word] = found
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0].lower()))
    return [Term(name, found) for name, found in ranked[:limit]]


def fit(posting_text: str, document_text: str) -> Fit:
    """The posting's key terms, each marked covered when the document names it."""
    named = _term_counts(document_text)
    return Fit(
        [
            Term(
                t.name,
                t.mentions,
                named[t.name] > 0
                if t.name in VOCABULARY
                else _pattern(t.name).search(document_text) is not None,
            )
            for t in key_terms(posting_text)
        ]
    )
