"""A programme whose people write in many scripts: names, notes, a story and a cluster title."""

from __future__ import annotations

from datetime import UTC, datetime

from coprod_desktop.clock import FakeClock
from coprod_desktop.domain.records import Consent, WordsUse
from coprod_desktop.services import Services

# Each name with the group it signs in as; everyone agreed to be named.
NAMES = {
    "فاطمة الزهراء": "parent_carer",  # Arabic
    "נועה כהן": "parent_carer",  # Hebrew
    "عائشہ خان": "parent_carer",  # Urdu
    "অনুশ্রী দাস": "parent_carer",  # Bengali
    "ਹਰਪ੍ਰੀਤ ਕੌਰ": "staff",  # Gurmukhi
    "પ્રિયા પટેલ": "staff",  # Gujarati
    "अनुराधा शर्मा": "voluntary",  # Devanagari
    "கார்த்திகா": "voluntary",  # Tamil
    "王小明": "young_person",  # Chinese
    "さくら": "young_person",  # Japanese
    "김민준": "young_person",  # Korean
    "สมชาย ใจดี": "other",  # Thai
    "Ελένη Παπαδοπούλου": "staff",  # Greek
    "Олена Коваленко": "voluntary",  # Cyrillic
    "Nguyễn Thị Lan": "parent_carer",  # Vietnamese
    "Zofia Wiśniewska": "parent_carer",  # Polish
}

NOTES = [
    "الانتظار طويل جدا للحصول على موعد",  # Arabic: the wait for an appointment is very long
    "אנחנו צריכים מקום שקט לחכות",  # Hebrew: we need a quiet place to wait
    "ہمیں اردو میں خط چاہیے",  # Urdu: we need letters in Urdu
    "স্কুলে আরও সাহায্য দরকার",  # Bengali: more help needed at school
    "ਸਾਨੂੰ ਹੋਰ ਜਾਣਕਾਰੀ ਚਾਹੀਦੀ ਹੈ",  # Gurmukhi: we need more information
    "અમને મદદ જોઈએ છે",  # Gujarati: we need help
    "प्रतीक्षा सूची बहुत लंबी है",  # Devanagari: the waiting list is very long
    "பள்ளியில் உதவி தேவை",  # Tamil: help needed at school
    "等待时间太长了",  # Chinese
    "待ち時間が長すぎます",  # Japanese
    "대기 시간이 너무 길어요",  # Korean
    "รอนานเกินไป",  # Thai
    "Η αναμονή είναι πολύ μεγάλη",  # Greek
    "Очередь слишком длинная",  # Cyrillic
    "Thời gian chờ quá lâu",  # Vietnamese
    "Thank you 🙏 for the tea ☕ and cake 🎂",  # emoji
    "Room 12 في الطابق 3 then left",  # English with Arabic and numbers
    LONG_ARABIC := ("البداية: ننتظر منذ شهور طويلة ولا أحد يخبرنا متى سيأتي الموعد، والمدرسة لا "
                    "تعرف ماذا تفعل، والطبيب يقول انتظروا، ونحن تعبنا كثيرا من الانتظار، "
                    "النهاية."),  # long enough to wrap onto several lines
]
STORY_TITLE = "قصتي مع المدرسة"
CLUSTER_TITLE = "Waiting lists / قوائم الانتظار / רשימות המתנה"
START = datetime(2026, 11, 10, 18, 0, tzinfo=UTC)


def make_multiscript(services: Services, clock: FakeClock) -> int:
    """Fill a fresh programme with one session in many scripts; return the session's id."""
    clock.set(START)
    sid = int(services.sessions.create_session("Every voice / كل صوت", "2026-11-10",
                                               venue="Ashbrook Hall", starts_at="18:00",
                                               ends_at="19:30").new_id or 0)
    people: dict[str, int] = {}
    for name, group in NAMES.items():
        clock.advance(20)
        pid = int(services.people.sign_in_attendee(sid, name=name, group=group).new_id or 0)
        services.people.set_consent(pid, Consent(name_in_handouts=True, contact=False,
                                                 words=WordsUse.NAMED))
        people[name] = pid
    ids = [int(services.notes.add_note(sid, text).new_id or 0) for text in NOTES]
    services.board.clusters.create_cluster(sid, CLUSTER_TITLE, note_ids=ids[:3])
    story = int(services.stories.add_story(sid, people["فاطمة الزهراء"], title=STORY_TITLE,
                                           prompt="A time when it mattered",
                                           consent=WordsUse.NAMED).new_id or 0)
    services.stories.start_story(story)
    clock.advance(60)
    services.stories.add_heard_note(story, "انتظرنا ستة أشهر 😔")
    services.stories.end_story(story)
    vote = int(services.board.votes.open_vote(sid, target_kind="note",
                                              dots_per_person=3).new_id or 0)
    services.board.votes.cast_vote(vote, ids[0], voter_id=people["נועה כהן"], dots=1)
    services.board.votes.cast_vote(vote, ids[1], voter_id=people["王小明"], dots=2)
    services.board.votes.close_vote(vote)
    return sid
