"""The demo's words. Everyone and everything here is made up; Ashbrook is not a real borough."""

from __future__ import annotations

PROGRAMME = {
    "title": "Ashbrook autism support: 100-day challenge",
    "organisation": "Ashbrook Parent Carer Forum with Ashbrook Council and the local NHS",
    "area": "Ashbrook",
    "start_date": "2026-09-15",
}

# (name, group) — a mix of first names, nicknames and full names, as people choose them.
PEOPLE = [
    ("Sam Okafor", "parent_carer"), ("Priya", "parent_carer"), ("Zofia Wiśniewska", "parent_carer"),
    ("Nguyễn Thị Lan", "parent_carer"), ("Eleni Papadopoulou", "parent_carer"),
    ("Dave H", "parent_carer"), ("Marcia Campbell", "parent_carer"), ("Jo", "parent_carer"),
    ("Tomasz", "parent_carer"), ("Aisha Rahman", "parent_carer"), ("Kerry-Ann", "parent_carer"),
    ("Bernadette O'Neill", "parent_carer"), ("Leon", "parent_carer"), ("Ruth Adebayo", "parent_carer"),
    ("Gary", "parent_carer"), ("Hannah W", "parent_carer"), ("Olena Kovalenko", "parent_carer"),
    ("Mandeep Kaur", "parent_carer"), ("Chris P", "parent_carer"), ("Fatima", "parent_carer"),
    ("Linda Morgan", "parent_carer"), ("Stacey", "parent_carer"), ("Yusuf Demir", "parent_carer"),
    ("Gemma", "parent_carer"), ("Niamh", "parent_carer"), ("Paul & Tracy", "parent_carer"),
    ("Kai", "young_person"), ("Ellie (16)", "young_person"), ("Jayden", "young_person"),
    ("Maya", "young_person"), ("Ollie", "young_person"), ("Rhys", "young_person"),
    ("Dr Helen Achebe", "staff"), ("Mark Sutton", "staff"), ("Claire Fenwick", "staff"),
    ("Rob Lindqvist", "staff"), ("Anita Desai", "staff"), ("Sue Barker", "staff"),
    ("Tom Wright", "staff"), ("Karen Mitchell", "staff"), ("Dimitri Ivanov", "staff"),
    ("Julie Chan", "staff"), ("Ian McLeod", "staff"), ("Bev", "staff"),
    ("Nadia Haddad", "staff"), ("Gareth Price", "staff"),
    ("Lorraine (Ashbrook Mencap)", "voluntary"), ("Femi (Carers Hub)", "voluntary"),
    ("Pat Riley", "voluntary"), ("Asha (Young Voices)", "voluntary"),
    ("Colin", "other"), ("Margaret Ellis", "other"),
]

# What the discovery workshop's notes were about, by the category the room sorted them into.
CONCERNS: dict[str, list[str]] = {
    "Waiting and getting a diagnosis": [
        "Waited 3 years for an assessment and nothing in between",
        "Nobody tells you where you are on the waiting list",
        "Told 'come back when it gets worse'",
        "We paid privately because we couldn't wait any longer",
        "No support until you have a diagnosis, but the wait is years",
        "Letters go to the wrong address and you lose your place",
        "GP didn't know how to refer us",
        "Diagnosis then nothing. Left with a leaflet",
        "Girls get missed, my daughter was told she was 'just shy'",
        "Would help to have someone to ring while we wait",
    ],
    "School and learning": [
        "School says he's fine there, but he melts down every night at home",
        "Part-time timetable for 8 months",
        "EHCP took 40 weeks and still says nothing specific",
        "Reasonable adjustments depend on which teacher you get",
        "Lunchtimes are the hardest part of the day",
        "Exclusions instead of support",
        "Staff training on autism is one twilight session a year",
        "My child has not been in school since March",
        "Meetings at school feel like us against them",
        "SENCO is lovely but has 200 children on the list",
    ],
    "Information and who to ask": [
        "The local offer website is impossible to navigate",
        "Every service says to ask another service",
        "Too many acronyms in every meeting",
        "Found out about short breaks from another mum at the school gate",
        "No single person who knows our story",
        "Repeating our story to every new professional",
        "Information in English only",
        "Emails not answered for weeks",
        "Didn't know we could ask for a carer's assessment",
    ],
    "Support for the whole family": [
        "Siblings get forgotten",
        "I had to give up work to manage appointments",
        "No childcare that will take him",
        "Parent groups are all in the daytime when I'm at work",
        "Holiday clubs say they can't meet his needs",
        "I'm exhausted and nobody asks how I am",
        "Short breaks criteria are so tight nobody gets them",
        "Dads don't come to groups, they need something different",
        "Peer support from other parents kept me going",
    ],
    "Growing up and moving on": [
        "What happens at 18? Nobody will tell us",
        "College place fell through two weeks before term",
        "Young people aren't asked what they want",
        "Adult services feel like a cliff edge",
        "Want to learn to travel on my own",
        "Work experience that actually fits",
        "Nowhere for teenagers to just hang out safely",
    ],
    "Mental health and crisis": [
        "CAMHS said he's 'too autistic' for their service",
        "We only got help when it reached crisis",
        "A&E is the worst place for an autistic teenager",
        "Nobody understands autism AND anxiety together",
        "Self-harm started while we were still waiting",
        "Crisis line didn't know what to do with him",
        "Staff in crisis services need autism training",
    ],
}

VOTES = {  # dots each category received at the discovery workshop (52 people, 3 dots each)
    "Waiting and getting a diagnosis": 47,
    "School and learning": 38,
    "Information and who to ask": 29,
    "Support for the whole family": 18,
    "Growing up and moving on": 12,
    "Mental health and crisis": 12,
}

FOCUS = "Waiting and getting a diagnosis"

MEETINGS = [
    ("Team meeting 1: what waiting is like", "2026-09-29"),
    ("Team meeting 2: ideas for the wait", "2026-10-13"),
    ("Team meeting 3: planning our first tests", "2026-10-27"),
    ("Day-50 celebration", "2026-11-03"),
    ("Team meeting 4: how the tests went", "2026-11-10"),
    ("Team meeting 5", "2026-11-24"),
]

MEETING_NOTES = [
    "A named contact while you wait, even if it's just a phone call every month",
    "Waiting-list letter that says where you are and what you can do now",
    "Drop-in at the library on the first Tuesday of the month",
    "Parent-led 'what to expect' session for families newly referred",
    "Text message updates instead of letters",
    "Schools can start support without a diagnosis: tell them so",
    "A one-page 'about me' that travels with the child",
    "Tried the monthly call with 6 families: all said it helped",
    "Letters rewritten with parents: much clearer",
    "Drop-in: 14 families came, 3 staff, needs a quieter room",
]
