"""On PostgreSQL, each reflection keeps its full-text search document in a column with a
GIN index, so a search reads it instead of building every document of the person's
reflections per request (``rejections.search``). On SQLite this migration does nothing.

The column, ``rejections_reflection.search_document``, is deliberately not a model field:
it holds the words of private writing (``Reflection.PRIVATE_FIELDS``), and no form, admin
page, export or serializer can show a column Django does not know about. Only
``rejections.search`` reads it, in SQL.

The document is exactly the one ``SearchVector(*SEARCH_FIELDS, config="english")`` builds
(the same text joined in the same order), so matching and ranking are unchanged. It includes
the company's name and the position, which live in other tables, so it is kept by triggers
rather than by a generated column (which can only read its own row):

- a reflection's own insert or edit computes it (BEFORE trigger);
- renaming the company, changing an application's position or company, or moving a
  rejection to another application recomputes the reflections concerned (AFTER triggers);
- inserting a company, application or rejection does too: the foreign keys are checked
  at commit, so a load (``loaddata``, a restore) may insert a reflection before its parents.

A change to ``SEARCH_FIELDS``, ``SEARCH_CONFIG`` or the columns named here needs a new
migration that replaces the functions and refreshes the column;
``tests/rejections/test_search_document.py`` compares the stored document with Django's.
"""

from django.db import migrations

FORWARD = """
ALTER TABLE rejections_reflection ADD COLUMN search_document tsvector;

-- The document of a reflection with these texts under this rejection: the text that
-- SearchVector(*SEARCH_FIELDS, config='english') joins, in the same order.
CREATE FUNCTION rejections_reflection_document(
    text, text, text, text, text, bigint
) RETURNS tsvector LANGUAGE sql STABLE AS $$
    SELECT to_tsvector(
        'english'::regconfig,
        COALESCE($1, '') || ' ' || COALESCE($2, '') || ' ' || COALESCE($3, '') || ' '
        || COALESCE($4, '') || ' ' || COALESCE($5, '') || ' '
        || COALESCE(company.name, '') || ' ' || COALESCE(application.position_title, '')
    )
    FROM (SELECT 1) AS one
    LEFT JOIN rejections_rejection AS rejection ON rejection.id = $6
    LEFT JOIN tracker_application AS application ON application.id = rejection.application_id
    LEFT JOIN tracker_company AS company ON company.id = application.company_id
$$;

CREATE FUNCTION rejections_reflection_set_document() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.search_document := rejections_reflection_document(
        NEW.went_well, NEW.to_improve, NEW.lessons, NEW.next_actions, NEW.tags,
        NEW.rejection_id
    );
    RETURN NEW;
END
$$;

-- Recomputes the documents of the reflections under the changed (or new) company,
-- application or rejection.
CREATE FUNCTION rejections_reflection_refresh_documents() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'rejections_rejection' THEN
        UPDATE rejections_reflection AS reflection
        SET search_document = rejections_reflection_document(
            reflection.went_well, reflection.to_improve, reflection.lessons,
            reflection.next_actions, reflection.tags, reflection.rejection_id)
        WHERE reflection.rejection_id = NEW.id;
    ELSIF TG_TABLE_NAME = 'tracker_application' THEN
        UPDATE rejections_reflection AS reflection
        SET search_document = rejections_reflection_document(
            reflection.went_well, reflection.to_improve, reflection.lessons,
            reflection.next_actions, reflection.tags, reflection.rejection_id)
        FROM rejections_rejection AS rejection
        WHERE reflection.rejection_id = rejection.id AND rejection.application_id = NEW.id;
    ELSE
        UPDATE rejections_reflection AS reflection
        SET search_document = rejections_reflection_document(
            reflection.went_well, reflection.to_improve, reflection.lessons,
            reflection.next_actions, reflection.tags, reflection.rejection_id)
        FROM rejections_rejection AS rejection, tracker_application AS application
        WHERE reflection.rejection_id = rejection.id
            AND rejection.application_id = application.id
            AND application.company_id = NEW.id;
    END IF;
    RETURN NULL;
END
$$;

UPDATE rejections_reflection SET search_document = rejections_reflection_document(
    went_well, to_improve, lessons, next_actions, tags, rejection_id);

CREATE TRIGGER rejections_reflection_document
    BEFORE INSERT OR UPDATE OF went_well, to_improve, lessons, next_actions, tags, rejection_id
    ON rejections_reflection
    FOR EACH ROW EXECUTE FUNCTION rejections_reflection_set_document();

CREATE TRIGGER rejections_reflection_document_new
    AFTER INSERT ON rejections_rejection
    FOR EACH ROW EXECUTE FUNCTION rejections_reflection_refresh_documents();
CREATE TRIGGER rejections_reflection_document_moved
    AFTER UPDATE OF application_id ON rejections_rejection
    FOR EACH ROW WHEN (OLD.application_id IS DISTINCT FROM NEW.application_id)
    EXECUTE FUNCTION rejections_reflection_refresh_documents();

CREATE TRIGGER rejections_reflection_document_new
    AFTER INSERT ON tracker_application
    FOR EACH ROW EXECUTE FUNCTION rejections_reflection_refresh_documents();
CREATE TRIGGER rejections_reflection_document_changed
    AFTER UPDATE OF position_title, company_id ON tracker_application
    FOR EACH ROW WHEN (
        OLD.position_title IS DISTINCT FROM NEW.position_title
        OR OLD.company_id IS DISTINCT FROM NEW.company_id
    )
    EXECUTE FUNCTION rejections_reflection_refresh_documents();

CREATE TRIGGER rejections_reflection_document_new
    AFTER INSERT ON tracker_company
    FOR EACH ROW EXECUTE FUNCTION rejections_reflection_refresh_documents();
CREATE TRIGGER rejections_reflection_document_renamed
    AFTER UPDATE OF name ON tracker_company
    FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name)
    EXECUTE FUNCTION rejections_reflection_refresh_documents();

CREATE INDEX rejections_reflection_search_document
    ON rejections_reflection USING gin (search_document);
-- Statistics for the new column, so the planner knows how common a word is from the start.
ANALYZE rejections_reflection;
"""

BACKWARD = """
DROP TRIGGER rejections_reflection_document_renamed ON tracker_company;
DROP TRIGGER rejections_reflection_document_new ON tracker_company;
DROP TRIGGER rejections_reflection_document_changed ON tracker_application;
DROP TRIGGER rejections_reflection_document_new ON tracker_application;
DROP TRIGGER rejections_reflection_document_moved ON rejections_rejection;
DROP TRIGGER rejections_reflection_document_new ON rejections_rejection;
DROP TRIGGER rejections_reflection_document ON rejections_reflection;
DROP FUNCTION rejections_reflection_refresh_documents();
DROP FUNCTION rejections_reflection_set_document();
DROP FUNCTION rejections_reflection_document(text, text, text, text, text, bigint);
ALTER TABLE rejections_reflection DROP COLUMN search_document;
"""


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(FORWARD, params=None)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(BACKWARD, params=None)


class Migration(migrations.Migration):
    dependencies = [
        ("rejections", "0007_setback_plan_and_private_writing"),
        ("tracker", "0006_calendar_change_times"),
    ]

    operations = [migrations.RunPython(forward, backward, elidable=False)]
