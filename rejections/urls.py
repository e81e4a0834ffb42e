from django.urls import path

from rejections.views import journal, letters, memory, resilience, workspace

app_name = "rejections"

urlpatterns = [
    # Recording a rejection and its workspace.
    path("applications/<int:application_pk>/reject/", workspace.record, name="record"),
    path("rejections/", workspace.rejection_list, name="list"),
    path("rejections/unrecorded/", workspace.record_batch, name="record-batch"),
    # The new-application form's "you have been here before" note.
    path("companies/memory/", memory.company_memory_note, name="company-memory"),
    path("rejections/<int:pk>/", workspace.workspace, name="workspace"),
    path("rejections/<int:pk>/edit/", workspace.rejection_update, name="update"),
    path("rejections/<int:pk>/feedback/", workspace.feedback, name="feedback"),
    path("rejections/<int:pk>/steps/<slug:step>/skip/", workspace.skip_step, name="skip-step"),
    path(
        "rejections/<int:pk>/steps/<slug:step>/unskip/", workspace.unskip_step, name="unskip-step"
    ),
    path("rejections/<int:pk>/network/", workspace.network_add, name="network-add"),
    path("network/<int:pk>/delete/", workspace.network_delete, name="network-delete"),
    # Letters.
    path("rejections/<int:pk>/letters/new/", letters.letter_create, name="letter-create"),
    path("letters/<int:pk>/", letters.letter_detail, name="letter-detail"),
    path("letters/<int:pk>/letter.txt", letters.letter_download_txt, name="letter-txt"),
    path("letters/<int:pk>/letter.eml", letters.letter_download_eml, name="letter-eml"),
    path("letters/<int:pk>/send/", letters.letter_send, name="letter-send"),
    path("letters/<int:pk>/mark-sent/", letters.letter_mark_sent, name="letter-mark-sent"),
    path("letters/<int:pk>/delete/", letters.letter_delete, name="letter-delete"),
    path("letters/sent/", letters.sent_mail, name="sent-mail"),
    # Reflections and self-care.
    path("reflections/", journal.reflection_list, name="reflection-list"),
    path(
        "rejections/<int:pk>/reflections/new/", journal.reflection_create, name="reflection-create"
    ),
    path("reflections/<int:pk>/edit/", journal.reflection_update, name="reflection-update"),
    path("reflections/<int:pk>/delete/", journal.reflection_delete, name="reflection-delete"),
    path("self-care/", journal.selfcare_list, name="selfcare-list"),
    path("self-care/<int:pk>/edit/", journal.selfcare_update, name="selfcare-update"),
    path("self-care/<int:pk>/delete/", journal.selfcare_delete, name="selfcare-delete"),
    # A plan for a no, private writing, and why the steps are what they are.
    path("applications/<int:application_pk>/plan/", resilience.plan_edit, name="plan"),
    path(
        "applications/<int:application_pk>/plan/delete/",
        resilience.plan_delete,
        name="plan-delete",
    ),
    path("rejections/<int:pk>/writing/", resilience.writing_home, name="writing"),
    path(
        "rejections/<int:pk>/writing/<int:number>/",
        resilience.writing_session,
        name="writing-session",
    ),
    path(
        "rejections/<int:pk>/writing/<int:number>/delete/",
        resilience.writing_delete,
        name="writing-delete",
    ),
    path("rejections/why-these-steps/", resilience.why, name="why"),
]
