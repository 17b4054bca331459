"""Keyword rules from YAML: format errors name the file and the rule; matching follows where/any/all/none."""
from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from helpers import make_eml

from triage_daemon.config import PROJECT_ROOT, ConfigError
from triage_daemon.decide.rules import apply_rules, load_rules, rule_from_dict
from triage_daemon.mail.parse import parse


def rules_dir(tmp_path: Path, *files: tuple[str, str]) -> Path:
    folder = tmp_path / "rules"
    folder.mkdir(exist_ok=True)
    for name, text in files:
        (folder / name).write_text(textwrap.dedent(text), encoding="utf-8")
    return folder


def one_rule(tmp_path: Path, body: str) -> list:
    return load_rules(rules_dir(tmp_path, ("50-test.yaml", "rules:\n" + textwrap.indent(textwrap.dedent(body), "  "))))


def hits(rules, raw: bytes) -> list[str]:
    return [h.rule for h in apply_rules(rules, parse(raw))]


# --- format errors -----------------------------------------------------------------------------

def test_bad_regular_expression_is_refused_naming_file_and_rule(tmp_path):
    with pytest.raises(ConfigError) as err:
        one_rule(tmp_path, """
            - name: broken-regex
              any: ['(unclosed']
              category: bug
            """)
    message = str(err.value)
    assert "50-test.yaml" in message and "broken-regex" in message
    assert "(unclosed" in message


def test_unknown_category_is_refused_naming_file_and_rule(tmp_path):
    with pytest.raises(ConfigError) as err:
        one_rule(tmp_path, """
            - name: wrong-category
              any: ['crash']
              category: bugs
            """)
    message = str(err.value)
    assert "50-test.yaml" in message and "wrong-category" in message and "bugs" in message


def test_unknown_key_is_refused_naming_file_rule_and_key(tmp_path):
    with pytest.raises(ConfigError) as err:
        one_rule(tmp_path, """
            - name: typo-key
              any: ['crash']
              catgory: bug
            """)
    message = str(err.value)
    assert "50-test.yaml" in message and "typo-key" in message and "catgory" in message


def test_duplicate_rule_name_is_refused_naming_file_and_rule(tmp_path):
    folder = rules_dir(tmp_path,
                       ("10-a.yaml", "rules:\n  - name: twice\n    any: ['a']\n    category: bug\n"),
                       ("20-b.yaml", "rules:\n  - name: twice\n    any: ['b']\n    category: noise\n"))
    with pytest.raises(ConfigError) as err:
        load_rules(folder)
    assert "20-b.yaml" in str(err.value) and "twice" in str(err.value)


def test_duplicate_rule_name_in_one_file_is_refused(tmp_path):
    with pytest.raises(ConfigError, match="twice"):
        one_rule(tmp_path, """
            - name: twice
              any: ['a']
            - name: twice
              any: ['b']
            """)


def test_override_without_category_is_refused_naming_file_and_rule(tmp_path):
    with pytest.raises(ConfigError) as err:
        one_rule(tmp_path, """
            - name: lonely-override
              any: ['crash']
              override: true
            """)
    message = str(err.value)
    assert "50-test.yaml" in message and "lonely-override" in message and "override" in message


def test_rule_without_a_name_is_refused_naming_the_file(tmp_path):
    with pytest.raises(ConfigError, match="50-test.yaml"):
        one_rule(tmp_path, """
            - any: ['crash']
              category: bug
            """)


def test_rule_without_any_pattern_is_refused_naming_the_rule(tmp_path):
    with pytest.raises(ConfigError, match="no-patterns"):
        one_rule(tmp_path, """
            - name: no-patterns
              category: bug
            """)


def test_unknown_where_field_is_refused_naming_the_rule(tmp_path):
    with pytest.raises(ConfigError) as err:
        one_rule(tmp_path, """
            - name: bad-where
              where: [subjct]
              any: ['x']
            """)
    assert "bad-where" in str(err.value) and "subjct" in str(err.value)


def test_priority_outside_the_contract_is_refused_naming_the_rule(tmp_path):
    with pytest.raises(ConfigError, match="loud"):
        one_rule(tmp_path, """
            - name: loud
              any: ['x']
              priority: critical
            """)


def test_weight_out_of_range_is_refused_naming_the_rule(tmp_path):
    with pytest.raises(ConfigError, match="heavy"):
        one_rule(tmp_path, """
            - name: heavy
              any: ['x']
              category: bug
              weight: 50
            """)


def test_invalid_yaml_is_refused_naming_the_file(tmp_path):
    folder = rules_dir(tmp_path, ("40-broken.yaml", "rules:\n  - name: x\n    any: ['unterminated\n"))
    with pytest.raises(ConfigError, match="40-broken.yaml"):
        load_rules(folder)


def test_file_without_a_rules_list_is_refused_naming_the_file(tmp_path):
    folder = rules_dir(tmp_path, ("40-list.yaml", "- name: x\n  any: ['a']\n"))
    with pytest.raises(ConfigError, match="40-list.yaml"):
        load_rules(folder)


def test_missing_rules_folder_is_refused_naming_rules_dir(tmp_path):
    with pytest.raises(ConfigError, match="rules_dir"):
        load_rules(tmp_path / "no-such-folder")


def test_rules_load_in_file_name_order_then_file_order(tmp_path):
    folder = rules_dir(tmp_path,
                       ("20-b.yaml", "rules:\n  - name: third\n    any: ['x']\n"),
                       ("10-a.yaml", "rules:\n  - name: first\n    any: ['x']\n  - name: second\n    any: ['x']\n"))
    assert [r.name for r in load_rules(folder)] == ["first", "second", "third"]


# --- matching ---------------------------------------------------------------------------------

def test_any_pattern_matches_case_insensitively_in_subject_and_body_by_default(tmp_path):
    rules = one_rule(tmp_path, """
        - name: crash
          any: ['\\bcrash(ed|es)?\\b']
          category: bug
        """)
    assert hits(rules, make_eml(subject="Calendar CRASHED", body="help")) == ["crash"]
    assert hits(rules, make_eml(subject="help", body="The page crashes on save.")) == ["crash"]
    assert hits(rules, make_eml(subject="help", body="Nothing wrong here.")) == []


def test_all_patterns_must_every_one_match(tmp_path):
    rules = one_rule(tmp_path, """
        - name: zoom-missing
          all: ['zoom', 'missing']
          category: bug
        """)
    assert hits(rules, make_eml(subject="Zoom link", body="It is missing.")) == ["zoom-missing"]
    assert hits(rules, make_eml(subject="Zoom link", body="It is there.")) == []


def test_none_pattern_vetoes_a_match(tmp_path):
    rules = one_rule(tmp_path, """
        - name: thanks
          where: [body]
          any: ['^thanks']
          none: ['\\?', 'but']
          category: noise
        """)
    assert hits(rules, make_eml(body="Thanks a lot!")) == ["thanks"]
    assert hits(rules, make_eml(body="Thanks, but the link still fails.")) == []
    assert hits(rules, make_eml(body="Thanks! Can I also change the room?")) == []


def test_where_subject_only_ignores_the_body(tmp_path):
    rules = one_rule(tmp_path, """
        - name: ooo
          where: [subject]
          any: ['out of office']
          category: noise
        """)
    assert hits(rules, make_eml(subject="Out of Office: back Monday")) == ["ooo"]
    assert hits(rules, make_eml(subject="Question", body="I will be out of office next week.")) == []


def test_where_body_reads_only_the_new_text_not_the_quoted_history(tmp_path):
    rules = one_rule(tmp_path, """
        - name: unsubscribe
          where: [body]
          any: ['unsubscribe']
          category: noise
        """)
    raw = make_eml(body="Where is the room picker?\n\nOn Mon, Mar 11, 2024 at 9:00 AM News <n@example.com> wrote:\n"
                        "> unsubscribe here\n")
    assert hits(rules, raw) == []


def test_where_text_reads_the_whole_body_including_history(tmp_path):
    rules = one_rule(tmp_path, """
        - name: unsubscribe
          where: [text]
          any: ['unsubscribe']
          category: noise
        """)
    raw = make_eml(body="Where is the room picker?\n\nOn Mon, Mar 11, 2024 at 9:00 AM News <n@example.com> wrote:\n"
                        "> unsubscribe here\n")
    assert hits(rules, raw) == ["unsubscribe"]


def test_where_from_matches_the_sender_address(tmp_path):
    rules = one_rule(tmp_path, """
        - name: calendar-robot
          where: [from]
          any: ['calendar-notification@google\\.com']
          category: noise
        """)
    assert hits(rules, make_eml(sender="Google Calendar <calendar-notification@google.com>")) == ["calendar-robot"]
    assert hits(rules, make_eml()) == []


def test_where_header_list_id_matches_only_messages_with_that_header(tmp_path):
    rules = one_rule(tmp_path, """
        - name: team-list
          where: ['header:list-id']
          any: ['recruiting\\.lists\\.example\\.com']
          category: noise
        """)
    assert hits(rules, make_eml(headers={"List-Id": "Recruiting <recruiting.lists.example.com>"})) == ["team-list"]
    assert hits(rules, make_eml(body="recruiting.lists.example.com is our list")) == []


def test_where_header_name_is_case_insensitive(tmp_path):
    rules = one_rule(tmp_path, """
        - name: team-list
          where: ['header:List-Id']
          any: ['recruiting']
          category: noise
        """)
    assert hits(rules, make_eml(headers={"List-Id": "<recruiting.lists.example.com>"})) == ["team-list"]


def test_where_header_works_for_any_header_not_only_the_loop_headers(tmp_path):
    # The format accepts `header:<name>` for any name; a rule on a header the parser drops silently never matches.
    rules = one_rule(tmp_path, """
        - name: spam-flag
          where: ['header:x-spam-flag']
          any: ['yes']
          category: noise
        """)
    assert hits(rules, make_eml(headers={"X-Spam-Flag": "YES"})) == ["spam-flag"]


def test_hit_carries_category_weight_priority_tags_and_description(tmp_path):
    rules = one_rule(tmp_path, """
        - name: wide
          description: Impact across the organisation
          any: ['everyone']
          category: bug
          weight: 0.4
          priority: high
          tags: [impact]
        """)
    [hit] = apply_rules(rules, parse(make_eml(body="Everyone is affected.")))
    assert (hit.rule, hit.category, hit.weight, hit.priority, hit.tags, hit.description) == \
        ("wide", "bug", 0.4, "high", ("impact",), "Impact across the organisation")
    assert hit.override is False


def test_rule_from_dict_accepts_a_single_pattern_string():
    rule = rule_from_dict({"name": "one", "any": "crash", "category": "bug"}, "inline")
    assert rule.check(parse(make_eml(body="it crashed"))) is not None


# --- the shipped rules -----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def shipped():
    return load_rules(PROJECT_ROOT / "rules")


def test_shipped_rules_load(shipped):
    assert len(shipped) >= 5
    assert len({r.name for r in shipped}) == len(shipped)


def test_every_shipped_rule_has_a_description(shipped):
    assert all(r.description.strip() for r in shipped)


def test_shipped_rules_recognise_an_out_of_office_subject_as_noise(shipped):
    found = apply_rules(shipped, parse(make_eml(subject="Automatic reply: Interview on Friday",
                                                body="I am out of the office until Monday.")))
    assert "noise" in {h.category for h in found}


def test_shipped_rules_recognise_a_bounce_subject_as_noise(shipped):
    found = apply_rules(shipped, parse(make_eml(subject="Undeliverable: Interview on Friday", body="x")))
    assert "noise" in {h.category for h in found}


def test_shipped_rules_tag_org_wide_impact(shipped):
    found = apply_rules(shipped, parse(make_eml(subject="Invites broken",
                                                body="None of the invites reach candidates for all of our recruiters.")))
    assert any("impact" in h.tags for h in found)


def test_shipped_rules_find_no_noise_in_an_ordinary_question(shipped):
    found = apply_rules(shipped, parse(make_eml(subject="How do I add an interviewer to a pool?",
                                                body="Hi, how do I add a new interviewer to the Java pool?")))
    assert "noise" not in {h.category for h in found}


# --- the engine: RE2, linear time, Python's meaning of the classes ------------------------------------

@pytest.mark.parametrize("pattern,reason", [
    ("(?<=re: )thanks", "look-ahead and look-behind"),
    ("thanks(?! but)", "look-ahead and look-behind"),
    (r"(\w+) \1", "back-reference"),
    ("(?P<w>a)(?P=w)", "back-reference"),
    ("a{2000}", "RE2 cannot run it"),
], ids=["look-behind", "negative-look-ahead", "back-reference", "named-back-reference", "huge-repeat"])
def test_a_pattern_that_needs_backtracking_is_refused_with_the_reason(tmp_path, pattern, reason):
    with pytest.raises(ConfigError) as err:
        one_rule(tmp_path, f"""
            - name: slow-rule
              any: ['{pattern}']
              category: noise
            """)
    message = str(err.value)
    assert "50-test.yaml" in message and "slow-rule" in message and reason in message


def test_word_digit_and_space_classes_mean_what_they_mean_in_python(tmp_path):
    rules = one_rule(tmp_path, r"""
        - name: greeting
          where: [body]
          any: ['^\w+\s\w+\s\d+$']
          category: noise
        """)
    # Non-ASCII letters are word characters, a no-break space is a blank, an Arabic-Indic digit a digit.
    assert hits(rules, make_eml(body="Grüße\u00a0Zoë \u0663\u0664")) == ["greeting"]
    assert hits(rules, make_eml(body="Grüße Zoë x")) == []


def test_a_trailing_capital_z_anchor_works_as_in_python(tmp_path):
    rules = one_rule(tmp_path, r"""
        - name: ends-with-thanks
          where: [body]
          any: ['thanks!?\Z']
          category: noise
        """)
    assert hits(rules, make_eml(body="ok, thanks!")) == ["ends-with-thanks"]
    assert hits(rules, make_eml(body="thanks! one more thing")) == []


def test_shipped_urgency_rule_reads_french_words_with_accents(shipped):
    found = apply_rules(shipped, parse(make_eml(subject="Entretien", body="Le candidat attend déjà dans le hall.")))
    assert "starts-in-minutes" in {h.rule for h in found}
# --- how hits change the verdict: votes add their weight and are renormalised; an override decides ------------

def classifier_with(tmp_path: Path, body: str):
    from triage_daemon.decide.classifier import Classifier
    from triage_daemon.decide.kb import load_articles
    from triage_daemon.decide.model import load as load_model

    return Classifier.build(one_rule(tmp_path, body), load_model(PROJECT_ROOT / "models"),
                            load_articles(PROJECT_ROOT / "kb"))


def test_votes_add_their_weight_to_the_models_probabilities_and_the_result_is_renormalised():
    from triage_daemon.config import CATEGORIES
    from triage_daemon.decide.classifier import combine_votes
    from triage_daemon.message import RuleHit

    model = {"question": 0.6, "bug": 0.3, "noise": 0.1}
    hits = [RuleHit("a", "", "bug", 0.5, False, None, ()), RuleHit("b", "", "bug", 0.25, False, None, ()),
            RuleHit("tag-only", "", None, 0.0, False, None, ("impact",))]
    probs = combine_votes(model, hits)
    assert set(probs) == set(CATEGORIES)
    assert sum(probs.values()) == pytest.approx(1.0)
    # (0.3 + 0.5 + 0.25) / (1.0 + 0.75): the votes outweigh the model's choice.
    assert probs["bug"] == pytest.approx(1.05 / 1.75) and probs["question"] == pytest.approx(0.6 / 1.75)
    assert max(probs, key=probs.get) == "bug"
    assert combine_votes(model, []) == pytest.approx({c: model.get(c, 0.0) for c in CATEGORIES})


def test_a_voting_rule_moves_the_verdict_by_its_weight(tmp_path):
    classifier = classifier_with(tmp_path, """
        - name: zebra-bug
          description: The secret word means a bug
          any: ['zebra']
          category: bug
          weight: 2.0
        """)
    question = parse(make_eml(subject="how do I reach goodtime support?",
                              body="Hi, what's the email address for GoodTime support? zebra"))
    from triage_daemon.decide.features import model_text

    verdict = classifier.classify(question)
    [plain] = classifier.model.predict_proba([model_text(question)])
    assert verdict.category == "bug"
    assert verdict.confidence == pytest.approx((plain["bug"] + 2.0) / 3.0, abs=1e-4)
    assert sum(verdict.probabilities.values()) == pytest.approx(1.0, abs=1e-3)
    assert [h.rule for h in verdict.rule_hits] == ["zebra-bug"]


def test_an_override_rule_decides_the_category_whatever_the_model_and_the_votes_say(tmp_path):
    classifier = classifier_with(tmp_path, """
        - name: big-vote
          any: ['zebra']
          category: bug
          weight: 5.0
        - name: newsletter
          description: Our own newsletter is always noise
          where: [subject]
          any: ['^\\[Recruiting Weekly\\]']
          category: noise
          override: true
        """)
    msg = parse(make_eml(subject="[Recruiting Weekly] how do I reach goodtime support?",
                         body="Hi, what's the email address for GoodTime support? zebra"))
    verdict = classifier.classify(msg)
    assert (verdict.category, verdict.confidence) == ("noise", 1.0)
    # The model's own view is kept, untouched by the votes, for the reasons.
    assert max(verdict.probabilities, key=verdict.probabilities.get) == "question"
    assert {h.rule for h in verdict.rule_hits} == {"big-vote", "newsletter"}
    # Without the override's subject, the vote wins as usual.
    assert classifier.classify(parse(make_eml(subject="how do I reach goodtime support?",
                                              body="what's the address? zebra"))).category == "bug"


# --- the shipped noise rules in the team's five languages --------------------------------------------

def shipped_hits(shipped, body: str, subject: str = "GoodTime") -> set[str]:
    """The names and the tags of the shipped rules that a message with this subject and body hits."""
    found = apply_rules(shipped, parse(make_eml(subject=subject, body=body)))
    return {h.rule for h in found} | {t for h in found for t in h.tags}

@pytest.mark.parametrize("body", [
    "Obrigado!", "Muito obrigada pela ajuda 🙏", "¡Mil gracias, ya quedó! 🙌", "Dankeschön!", "Danke dir!",
    "Merci bien !", "thanks!", "👍", "ok, got it",
    # Acknowledgements in a row, and a name below them.
    "¡Muchas gracias! Me queda clarísimo.", "Recebido, muito obrigado!\n\nJoão Pedro", "Thanks, understood. Anna",
    "Danke, alles klar. Grüße, Jan", "Entendido, ¡gracias!", "Parfait, merci beaucoup !", "Perfeito, ficou claro. Obrigada",
])
def test_shipped_bare_thanks_rule_knows_a_thank_you_in_each_language(shipped, body):
    assert "bare-thanks" in shipped_hits(shipped, body, "RE: email do suporte GoodTime")


@pytest.mark.parametrize("body", [
    # A word that only begins like a thank-you is not one: Okta, a typo, Thanksgiving.
    "Okta login broken for all recruiters", "Typo in the candidate email template", "Thanksgiving week panels",
    "Greatly delayed invites since Monday",
    # A thank-you with more to it.
    "Obrigado, mas o link ainda não funciona", "Gracias, pero sigue sin llegar", "Danke, aber noch immer kaputt",
    "Merci, encore un souci", "Obrigado! Como faço para reagendar?",
    # An acknowledgement above a request.
    "Noted, please cancel the 3pm panel", "Recebido erro 500 ao abrir a página", "Understood - when is the next slot",
    "Entendido, gracias, pero el enlace sigue sin funcionar", "Received, but the candidate has no link",
])
def test_shipped_bare_thanks_rule_leaves_a_message_with_more_in_it(shipped, body):
    assert "bare-thanks" not in shipped_hits(shipped, body, "Interviews")


@pytest.mark.parametrize("body", [
    # A thank-you that points below, asks for something, or says it is the same (found by a review:
    # ignored in reply to a thread).
    "Obrigada! Respostas abaixo.", "Great, thanks! Yes please.", "Alles klar, danke! Bitte stornieren.",
    "Obrigada, recebido. Mesmo erro.", "Thanks, see below:",
])
def test_shipped_bare_thanks_rule_leaves_a_reply_with_more_to_it(shipped, body):
    assert "bare-thanks" in shipped_hits(shipped, "Obrigada!", "RE: Entrevistas")
    assert "bare-thanks" not in shipped_hits(shipped, body, "RE: Entrevistas")


@pytest.mark.parametrize("subject,rule", [
    ("Resposta automática: Treinamento", "out-of-office-subject"),
    ("Réponse automatique : Débrief", "out-of-office-subject"),
])
def test_shipped_noise_subjects_in_each_language(shipped, subject, rule):
    assert rule in shipped_hits(shipped, "x", subject)


@pytest.mark.parametrize("body,rule", [
    ("A entrevista começa em 10 minutos e não há link.", "starts-in-minutes"),
    ("O candidato está à espera na receção.", "starts-in-minutes"),
    ("Seria ótimo poder enviar lembretes por SMS.", "product-idea"),
])
def test_shipped_topic_and_urgency_rules_read_portuguese(shipped, body, rule):
    assert rule in shipped_hits(shipped, body)


@pytest.mark.parametrize("body", [
    "All UK interviewers show as available since this morning.",
    "A candidate received another candidate's itinerary.",
    "Alle Kandidaten in Berlin bekommen falsche Zeiten.",
    "Los convites no llegan a todos los entrevistadores de Madrid.",
    "Os convites não chegam a todos os entrevistadores.",
    "Tous les candidats reçoivent la mauvaise heure.",
    "Um candidato recebeu os dados de outro candidato.",
    "Teams links are not being added to ANY interviews since this morning.",
    "Wrong times on the confirmations, and many users have noticed.",
    "Clinic managers can see other clinics' candidates in the pipeline.",
    "Datenschutzproblem: Bewerber hat eine Bestätigung mit fremden Daten erhalten.",
    "Posible fuga de datos: una candidata ve las entrevistas de otra persona.",
    "Problema de proteção de dados: o convite mostra dados pessoais de outra candidata.",
    "Un candidato ha recibido el itinerario de otra candidata.",
    "Une candidate a reçu la convocation d'une autre candidate.",
    "A candidate received another candidate's confirmation.",
])
def test_shipped_impact_rule_in_each_language(shipped, body):
    assert "impact" in shipped_hits(shipped, body)


@pytest.mark.parametrize("body", [
    "All three interviewers declined the debrief.",     # a few people, not the organisation
    "Error 500 en el enlace, nos pasa a todos para tiendas.",
    "Can you add the new recruiter to the pool?",
    # One site's or one person's trouble, and a disclaimer's words.
    "None of our Cork candidates got the reminder.",
    "Most candidates got the reminder fine, but Maria did not.",
    "My colleague is not being added to any interviews since Monday.",
    "Like many recruiters, I find the reminder wording odd.",
    "i cant see the reschedule button on any of the interviews for my store",
    "AVISO DE PROTECCIÓN DE DATOS: este mensaje es confidencial.",
])
def test_shipped_impact_rule_leaves_ordinary_mail(shipped, body):
    assert "impact" not in shipped_hits(shipped, body)


@pytest.mark.parametrize("body", [
    "Calendar sync is down again, the third time this month.",
    "Kalender-Sync ist schon wieder ausgefallen.",
    "La sincronización falla otra vez.",
    "Les rappels ne partent toujours pas (3e signalement).",
    "Os convites não saem — 3.ª vez.",
    "Monday sync failure AGAIN - double-bookings right now",
    "Store managers not receiving interview invites - AGAIN",
    "Et ce matin encore, aucune invitation n'est partie pour les entretiens de Lyon.",
    "4th time this quarter - GoodTime lost the calendar connection for the whole team.",
    "It is still happening: two more duplicate interviews this morning.",
    "This is the second site-wide calendar outage this quarter, and the sync is down again today.",
    "Cada vez nos dicen que está resuelto y vuelve a pasar: la sincronización ha fallado hoy.",
    "Porto hiring - rooms dropped AGAIN (3rd time).",
    "The third assessment centre in a row with wrong times on the confirmations.",
])
def test_shipped_fault_again_rule_in_each_language(shipped, body):
    assert "recurring" in shipped_hits(shipped, body)


def test_shipped_fault_again_rule_leaves_a_training_asked_for_again(shipped):
    body = "The coordinator training dropped off the calendar again, the third time in a row: can you rebook it?"
    assert "recurring" not in shipped_hits(shipped, body, "Training")


def test_shipped_fault_again_rule_leaves_a_review_request_about_recurring_topics(shipped):
    body = "We'd like a review of our recurring quarterly planning."
    assert "recurring" not in shipped_hits(shipped, body, "Account review")


@pytest.mark.parametrize("body", [
    "quick one - can GoodTime send candidates a text message reminder before their interview?",
    "Is it possible to have the candidate emails show my name?",
    "se pueden mandar los recordatorios de entrevista por whatsapp o sms??",
    "Kann GoodTime die Einladungen auch auf Englisch und Deutsch schicken?",
    "Est-ce que GoodTime peut envoyer un SMS au candidat ?",
    "O GoodTime consegue enviar lembretes por SMS?",
])
def test_shipped_capability_question_rule_in_each_language(shipped, body):
    assert "capability-question" in shipped_hits(shipped, body)


@pytest.mark.parametrize("body", [
    "Feature wish: could GoodTime post to a Slack channel when someone declines?",
    "any chance goodtime could get a dark mode?",
    "Sugerencia: ¿se puede añadir el mapa de la tienda en la confirmación?",
    "Can GoodTime send the candidate reminders tomorrow at 9.",     # no question
    "Can we set up a training session on GoodTime for the new team leads?",   # a team's training: the CSM's
    "Is there a way to see the candidate's distance to site? If not, could we suggest it?",
    "is there any way to do round robin for group interviews? if not consider this my vote for adding it",
    # a live interview or a stuck send: a blocker that asks
    "Is there a way to add a Zoom link? The interview is 25 minutes from now.",
    "All schedules are stuck on Sending. Is there a way to force these out in the next half hour?",
    "The candidate is waiting at reception - can GoodTime send her the itinerary?",
    "Est-il possible de renvoyer le lien Teams ? Le candidat est connecté et l'entretien a commencé.",
    "Can GoodTime show another candidate's details on an itinerary? Ours did this morning.",
    "Is there a way to win back ten hours a week? Book a demo with our sales team. Unsubscribe here.",
])
def test_shipped_capability_question_rule_leaves_a_wish(shipped, body):
    assert "capability-question" not in shipped_hits(shipped, body)


def test_shipped_capability_question_rule_leaves_a_reply_whose_subject_asked(shipped):
    body = "perfect, that worked, thank you!! he's in and they've started. you're a lifesaver"
    assert "capability-question" not in shipped_hits(shipped, body, "Re: is there a way to add a zoom link to an interview?")
    assert "capability-question" in shipped_hits(shipped, "Is there a way to add a zoom link to an interview?", "Zoom")


@pytest.mark.parametrize("subject,body", [
    ("SMS reminders?", "Quick one: does GoodTime send interview reminders by SMS? Our drivers rarely check email."),
    ("Texting candidates?", "Quick one - can GoodTime send text messages to candidates? Half of them never read email."),
    ("Recordatorios por WhatsApp", "¿Se pueden mandar los recordatorios por WhatsApp a los candidatos?"),
])
def test_a_question_whether_goodtime_can_do_something_is_a_question_not_a_wish(subject, body):
    # The shipped model alone reads these as wishes (feature_request, 0.9): Support says whether it can.
    from triage_daemon.decide.classifier import Classifier
    from triage_daemon.decide.kb import load_articles
    from triage_daemon.decide.model import load as load_model
    clf = Classifier.build(load_rules(PROJECT_ROOT / "rules"), load_model(PROJECT_ROOT / "models"),
                           load_articles(PROJECT_ROOT / "kb"))
    assert clf.classify(parse(make_eml(subject=subject, body=body))).category == "question"



@pytest.mark.parametrize("subject,body", [
    # A request in the subject is not thanked away by a thank-you in the body.
    ("URGENTE: candidata esperando, el enlace de Teams no funciona", "¡Mil gracias!"),
    ("Os convites não chegam aos candidatos, podem verificar?", "Muito obrigada!"),
    ("Integração com Greenhouse parou", "Obrigado, fico a aguardar."),
    ("Interview invites missing the Zoom link", "Thanks!"),
    # A thank-you that says it did not work.
    ("Re: Zoom link", "Thanks. It didn't work."),
    ("RE: sincronización", "Gracias, no funciona."),
    ("AW: Kalender", "Dankeschön! Der Kalender synchronisiert nicht mehr."),
    ("Re: lien Teams", "Merci, mais ça ne marche pas."),
    ("Re: convites", "Obrigado, ainda não funciona."),
    ("Res: Entrevistas", "Obrigada! Falhou outra vez."),
    ("Res: Entrevistas", "Obrigada! Os lembretes pararam."),
    ("", "Mil gracias. Ha fallado otra vez."),
    ("Danke", "Dankeschön! Kandidatin hat keinen Link bekommen."),
    ("", "Mille mercis ! La page reste blanche."),
])
def test_shipped_bare_thanks_rule_leaves_a_request_with_a_thank_you(shipped, subject, body):
    assert "bare-thanks" not in shipped_hits(shipped, body, subject)


@pytest.mark.parametrize("subject", [
    "Convite não entregue ao candidato", "Échec de remise : invitation candidat", "Mensagem não entregue ao candidato",
    "Hors du bureau ne s'affiche pas dans GoodTime", "Aceite: proposta de renovação",
    # "Topic: problem" subjects that begin like a notice's
    "Recusado: a candidata recusou por engano, como reverter", "Fora do escritório: GoodTime ignora",
    "Abwesend: trotzdem eingeplant", "Hors du bureau : ignoré par GoodTime", "Não entregue: convite da candidata",
    "Não é possível entregar: lembrete",
])
def test_shipped_noise_subject_rules_leave_a_persons_subject_about_the_same_thing(shipped, subject):
    noise_rules = {"out-of-office-subject", "delivery-failure-subject", "calendar-response"}
    assert not noise_rules & shipped_hits(shipped, "O candidato não recebeu o convite para amanhã.", subject)


@pytest.mark.parametrize("mark,body", [
    # capability-question: a fault, a wish in other words, something that used to work
    ("capability-question", "Can GoodTime create Zoom links at all right now? Every new invite goes out without a link."),
    ("capability-question", "Kann GoodTime überhaupt noch Räume buchen? Seit letzter Woche funktioniert nicht die Raumbuchung."),
    ("capability-question", "Will GoodTime handle multi-day onsites? We'd really need it, is it on the roadmap?"),
    ("capability-question", "Does GoodTime send reminders to interviewers anymore? None of ours got one since Monday."),
    ("capability-question", "¿Se puede reservar salas en Madrid todavía? Hasta la semana pasada funcionaba."),
    # impact: one candidate among the others, one's own calendars, a name typo, a team's sign-off
    ("impact", "It worked for all the other candidates, only hers is missing."),
    ("impact", "Todos os outros candidatos receberam o convite."),
    ("impact", "I reconnected all my Google calendars and it still shows busy."),
    ("impact", "The invite shows the wrong candidate name: Jon instead of John."),
    ("impact", "Thanks from the whole recruiting team!"),
    ("impact", "Não são todos os utilizadores, só a minha conta."),
    ("impact", "I'm the only one; all users in my team can log in fine."),
    ("impact", "It is not all users, only my account."),
    # recurring: a request asked again is not a fault happening again
    ("recurring", "Second time I'm asking for the renewal quote."),
    ("recurring", "Admin training request - again"),
    ("recurring", "The invoice is wrong again."),
    ("recurring", "Wir warten immer noch nicht auf das Angebot, zum zweiten Mal frage ich nach."),
    ("recurring", "Por segunda vez pedimos la renovación."),
    ("recurring", "Second request - again: can we set up a renewal sync with our CSM?"),
    ("recurring", "We need to scale down our seats again, third time I'm asking."),
    ("recurring", "The invoice has errors again, the third time this year."),
    ("capability-question", "Können wir mit unserer Kundenbetreuerin über den Preis der Verlängerung sprechen?"),
])
def test_shipped_rules_leave_what_only_looks_like_theirs(shipped, mark, body):
    assert mark not in shipped_hits(shipped, body)


@pytest.mark.parametrize("body", [
    "A candidate received another candidate's confirmation.",
    "Candidate got someone else's interview confirmation this morning.",
    "Datenschutzvorfall: fremde Bewerberdaten in der Bestätigungsmail.",
    "Un candidato ha recibido el itinerario de otra candidata.",
    "Une candidate a reçu la convocation d'une autre candidate.",
    "O convite mostra os dados pessoais de outra candidata.",
    "Clinic managers can see other clinics' candidates.",
])
def test_shipped_candidate_data_rule_votes_bug_and_tags_impact(shipped, body):
    [hit] = [h for h in apply_rules(shipped, parse(make_eml(subject="GoodTime", body=body))) if h.rule == "candidate-data-exposed"]
    assert (hit.category, hit.tags) == ("bug", ("impact",))


@pytest.mark.parametrize("body", [
    "AVISO DE PROTECCIÓN DE DATOS: este mensaje es confidencial.",
    "Can another recruiter see my candidates' feedback?",
    "If you think this message reached you in error, report a data breach to dpo@example.com.",
    "Hiring managers can view all their candidates on the dashboard, but the counts are wrong.",
    "The preview opens another candidate's invite for a second, just visual, then it corrects itself.",
])
def test_shipped_candidate_data_rule_leaves_a_disclaimer_and_a_permissions_question(shipped, body):
    assert "candidate-data-exposed" not in shipped_hits(shipped, body)


@pytest.mark.parametrize("subject,body", [
    ("Re: Entrevista sexta", "Alles klar, danke! Bitte stornieren."),
    ("Re: 3pm panel", "Thanks! Please cancel the 3pm."),
    ("AW: Interview Maier", "Danke, bitte noch Herrn Maier hinzufügen."),
    ("RE: entrevista", "Gracias. Necesito que lo mováis al jueves."),
    ("RE: entretien", "Merci, il faut aussi annuler celui de demain."),
    ("Re: entrevista", "Obrigada. Preciso que desmarquem a de sexta."),
])
def test_a_thank_you_with_a_short_request_after_it_is_tagged_a_request(shipped, subject, body):
    hits = apply_rules(shipped, parse(make_eml(subject=subject, body=body)))
    assert any(h.rule == "thanks-then-request" and "request" in h.tags for h in hits)


@pytest.mark.parametrize("body", [
    "Thanks, that worked!",
    "Perfecto, ya quedó. Itinerario enviado y Tomás ya lo tiene. Mil gracias",
    "Vielen Dank für Ihre Nachricht. Ich bin bis zum 14.04. abwesend; in dringenden Fällen wenden Sie sich bitte an "
    "Frau Hoffmann.",
    "Thanks for your email. I'm on annual leave until Tuesday; please contact Grace for anything urgent.",
    # a long message that opens with a thank-you is the model's to read, not this rule's
    "Thanks for the update. " + "We went through the interview plan for the next quarter with the team. " * 6
    + "Please keep us posted.",
])
def test_a_thank_you_out_of_office_or_long_message_is_no_request(shipped, body):
    assert "thanks-then-request" not in shipped_hits(shipped, body, "Re: interviews")


def test_a_thank_you_above_a_short_request_reaches_a_person_however_sure_the_model_is_of_a_thank_you():
    from triage_daemon.config import EMBEDDED_DEFAULT, from_dict
    from triage_daemon.decide.classifier import Classifier
    from triage_daemon.decide.pipeline import decide_message, history_from_headers
    cfg = from_dict(dict(EMBEDDED_DEFAULT))
    msg = parse(make_eml(subject="Re: Entrevista sexta", body="Alles klar, danke! Bitte stornieren."))
    verdict, decision = decide_message(msg, Classifier.from_config(cfg), cfg, history_from_headers(msg, cfg))
    assert verdict.category == "noise"
    assert decision.actions == ("needs_review",)


@pytest.mark.parametrize("body", ["bitte absagen", "pls fix", "pode cancelar", "cancel it", "Obrigado, print anexado.",
                                  "Thanks — screenshot attached.", "Merci, capture jointe."])
def test_a_reply_of_a_few_words_that_asks_for_something_is_tagged_a_request(shipped, body):
    hits = apply_rules(shipped, parse(make_eml(subject="Re: Interview Hannah Schulz", body=body)))
    assert any("request" in h.tags for h in hits)


@pytest.mark.parametrize("body", ["ok", "Thanks!", "Perfect, thanks", "Danke, erledigt.", "Out of office until Monday, please "
                                  "contact Grace."])
def test_a_reply_of_a_few_words_that_asks_nothing_is_no_request(shipped, body):
    hits = apply_rules(shipped, parse(make_eml(subject="Re: Interview Hannah Schulz", body=body)))
    assert not any("request" in h.tags for h in hits)


@pytest.mark.parametrize("subject,body", [
    ("AW: Zweitgespräch Hannah Schulz", "Danke, Freitag passt."),
    ("RE: Aisha Rahman - second round", "Thanks, Thursday works."),
    ("Re: Entrevista Marta", "Gracias, el jueves a las 10:00 me va bien."),
    ("RE: entretien Élodie", "Merci, mardi 14h me convient."),
    ("Re: entrevista Beatriz", "Obrigada, a segunda opção serve. Quinta 9h."),
])
def test_a_short_reply_that_picks_a_time_is_tagged_a_request(shipped, subject, body):
    assert {"slot-choice", "request"} <= shipped_hits(shipped, body, subject)


@pytest.mark.parametrize("subject,body", [
    ("RE: Aisha Rahman - second round", "Thanks, see you Thursday!"),                 # no choice made
    ("Thursday panel", "Thanks, Thursday works."),                                    # not a reply
    ("RE: panel", "Thanks, Thursday works. " + "We will brief the panel beforehand. " * 3),   # longer: the model's
    ("AW: Interview", "Danke! Ich bin bis Freitag nicht im Büro, ab Montag passt es wieder."),   # an absence
])
def test_a_reply_that_picks_no_time_is_no_slot_choice(shipped, subject, body):
    assert "slot-choice" not in shipped_hits(shipped, body, subject)


@pytest.mark.parametrize("body", [
    "Hello,\n\nI am on parental leave until 5 June.\n\nHelp line: please move me off every panel in that period.",
    "Vielen Dank für Ihre Nachricht.\n\nAn die Recruiting-Helpline: die offenen Panels auf Frau Weber umbuchen.",
    "Bonjour,\n\nJe suis absente. Mes entretiens doivent être réattribués, la helpline peut-elle s'en charger.",
    "Olá!\n\nEstou fora até 27/05. Helpline, obrigada por ajustar as entrevistas.",
    "Hola:\n\nEstoy de vacaciones. Para las entrevistas de esta semana, la helpline tiene que pasarlas a Javier.",
    "Hi,\n\nI'm out until the 28th.\n\nHelpline - if this lands with you, please hand my interviews over to Marcus.",
    "Bonjour,\n\nJe suis absente.\n\nPour l'équipe helpline (GoodTime) : merci d'annuler le panel de jeudi.",
    "Hola:\n\nEstaré fuera.\n\nEquipo de helpline: ¿podéis añadir a Lucía como mi delegada en GoodTime?",
    "Guten Tag,\n\nich bin nicht im Büro.\n\nAn das Helpline-Team: Bitte übertragt meine Interviews an Jonas.",
])
def test_text_that_turns_to_the_help_line_with_something_to_do_is_tagged_for_us(shipped, body):
    assert {"help-line-addressed", "for-us"} <= shipped_hits(shipped, body, "Automatic reply: Interview")


@pytest.mark.parametrize("body", [
    "Dear helpline,\n\nYour mailbox password expires today. Verify your account now.",      # a greeting opens it
    "GoodTime\n\nDear helpline,\n\nWe detected an unusual sign-in to your workspace.",      # after a logo line
    "Thank you for contacting the helpline, we will get back to you shortly.",
    "I am out of office until Monday. For urgent matters, contact the IT helpline: 555-0100.",
    "GoodTime\n\nDear helpline team,\n\nPlease verify your account within 24 hours.",             # the greeting's line asks nothing
    "Hi,\n\nI'm away. Please contact Marcus for store matters; the helpline has my calendar.",    # names it, asks it nothing
])
def test_a_greeting_or_a_mention_of_a_help_line_is_not_turning_to_it(shipped, body):
    assert "help-line-addressed" not in shipped_hits(shipped, body, "Automatic reply: Interview")


def test_an_out_of_office_that_asks_the_help_line_for_something_reaches_a_person():
    from triage_daemon.config import EMBEDDED_DEFAULT, from_dict
    from triage_daemon.decide.classifier import Classifier
    from triage_daemon.decide.pipeline import decide_message, history_from_headers
    cfg = from_dict(dict(EMBEDDED_DEFAULT))
    body = ("Hello,\n\nI am on parental leave from 11 May to 5 June and will not be reading email.\n\nHelp line: my "
            "delegate has agreed with Tom Hale that he takes over my interview panels. Please move me off every panel "
            "in that period and put Tom on instead.\n\nBen Carter")
    msg = parse(make_eml(subject="Automatic reply: Interview - Jordan Lee", body=body,
                         headers={"Auto-Submitted": "auto-replied", "Precedence": "bulk"}))
    verdict, decision = decide_message(msg, Classifier.from_config(cfg), cfg, history_from_headers(msg, cfg))
    assert verdict.category == "noise"
    assert decision.actions == ("needs_review",)


@pytest.mark.parametrize("body", [
    "Didn't stick. Copying the help line so someone can chase GoodTime.",
    "Camille, je mets la helpline en copie pour qu'ils relancent GoodTime.",
    "João, coloquei a helpline em cópia.",
    "Mesma coisa com esse, o endereço da loja está errado. Incluí a helpline.",
    "Marta, te pongo a la helpline en copia para que lo miren.",
])
def test_a_person_adding_the_help_line_to_a_thread_is_tagged_a_request(shipped, body):
    assert "help-line-added" in shipped_hits(shipped, body, "RE: Rappels en double")


def test_a_message_that_only_mentions_the_help_line_is_no_request(shipped):
    assert "help-line-added" not in shipped_hits(shipped, "The help line told me to use the chat. All good now, thanks!")


@pytest.mark.parametrize("subject,body", [
    ("Action required", "Please verify your mailbox today."),              # phishing is no reply
    ("Ihr Postfach ist zu 98 % voll", "Bitte hier klicken."),
    ("Re: Reschedule won't save", "Thanks, that fixed it!"),                 # the request words are the subject's
    ("AW: GoodTime-Schulung", "Vielen Dank. Ich bin diese Woche auf Dienstreise; in dringenden Fällen bitte an Tobias."),
    ("RE: Formation GoodTime", "Merci, je suis en déplacement à Lyon ; pour toute urgence, merci de contacter Julien."),
])
def test_a_notice_a_thank_you_under_a_requests_subject_or_a_hand_written_absence_is_no_request(shipped, subject, body):
    hits = apply_rules(shipped, parse(make_eml(subject=subject, body=body)))
    assert not any("request" in h.tags for h in hits)
