<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>AccessibilityDialog</name>
    <message>
        <source>Accessibility</source>
        <translation>Ułatwienia dostępu</translation>
    </message>
    <message>
        <source>Interface size</source>
        <translation>Rozmiar interfejsu</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Wyłączona</translation>
    </message>
    <message>
        <source>On the projector</source>
        <translation>Na projektorze</translation>
    </message>
    <message>
        <source>On the projector and this window</source>
        <translation>Na projektorze i w tym oknie</translation>
    </message>
    <message>
        <source>Easy-reading font (Lexend)</source>
        <translation>Czcionka łatwa do czytania (Lexend)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Read aloud uses this computer&apos;s voice.</source>
        <translation>Czytanie na głos używa głosu tego komputera.</translation>
    </message>
    <message>
        <source>Read aloud is not available: this computer has no voice installed.</source>
        <translation>Czytanie na głos jest niedostępne: na tym komputerze nie ma zainstalowanego głosu.</translation>
    </message>
    <message>
        <source>A new interface size takes effect the next time Coprod Desktop starts.</source>
        <translation>Nowy rozmiar interfejsu zacznie działać przy następnym uruchomieniu Coprod Desktop.</translation>
    </message>
    <message>
        <source>Interface &amp;size</source>
        <translation>&amp;Rozmiar interfejsu</translation>
    </message>
    <message>
        <source>Easy-reading &amp;font</source>
        <translation>&amp;Czcionka łatwa do czytania</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Język</translation>
    </message>
</context>
<context>
    <name>CheckoutPanel</name>
    <message>
        <source>I felt listened to</source>
        <translation>Inni mnie wysłuchali</translation>
    </message>
    <message>
        <source>I could say what I wanted to</source>
        <translation>Była okazja, żeby powiedzieć to, co chcę</translation>
    </message>
    <message>
        <source>I understood the words people used</source>
        <translation>Słowa, których używano, były dla mnie zrozumiałe</translation>
    </message>
    <message>
        <source>I would come again</source>
        <translation>Chcę przyjść znowu</translation>
    </message>
    <message>
        <source>Check-out</source>
        <translation>Na koniec</translation>
    </message>
    <message>
        <source>Four questions at the end of the session, answered on phones (“Check-out”) or on paper slips you type in below. Nobody&apos;s name is kept with their answers.</source>
        <translation>Cztery pytania na koniec spotkania, z odpowiedziami z telefonów („Na koniec”) albo z kartek, które wpisujesz poniżej. Przy odpowiedziach nie zapisujemy niczyjego imienia.</translation>
    </message>
    <message>
        <source>Add the check-out to the end of the &amp;agenda</source>
        <translation>Dodaj pytania na koniec do &amp;planu spotkania</translation>
    </message>
    <message>
        <source>Type in a paper slip</source>
        <translation>Wpisz odpowiedzi z kartki</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Grupa</translation>
    </message>
    <message>
        <source>Parent or carer</source>
        <translation>Rodzic lub opiekun</translation>
    </message>
    <message>
        <source>Young person</source>
        <translation>Osoba młoda</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Pracownicy</translation>
    </message>
    <message>
        <source>Voluntary sector</source>
        <translation>Organizacje pozarządowe</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Inne</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Nie podano</translation>
    </message>
    <message>
        <source>Left blank</source>
        <translation>Bez odpowiedzi</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Częściowo</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Add &amp;slip</source>
        <translation>Dodaj &amp;kartkę</translation>
    </message>
    <message>
        <source>Show on &amp;projector</source>
        <translation>Pokaż na &amp;projektorze</translation>
    </message>
    <message>
        <source>No check-outs yet for this session.</source>
        <translation>Nie ma jeszcze odpowiedzi na koniec tego spotkania.</translation>
    </message>
    <message numerus="yes">
        <source>%n check-out(s)</source>
        <translation>
            <numerusform>%n odpowiedź na koniec</numerusform>
            <numerusform>%n odpowiedzi na koniec</numerusform>
            <numerusform>%n odpowiedzi na koniec</numerusform>
        </translation>
    </message>
    <message>
        <source>Parents and carers</source>
        <translation>Rodzice i opiekunowie</translation>
    </message>
    <message>
        <source>Everyone else</source>
        <translation>Pozostali</translation>
    </message>
    <message>
        <source>{question}: Yes {yes} · Partly {partly} · No {no}</source>
        <translation>{question}: tak {yes} · częściowo {partly} · nie {no}</translation>
    </message>
</context>
<context>
    <name>CheckoutProjectorView</name>
    <message>
        <source>Check-out results</source>
        <translation>Wyniki pytań na koniec</translation>
    </message>
    <message>
        <source>Parents and carers</source>
        <translation>Rodzice i opiekunowie</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Pracownicy</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Wszyscy</translation>
    </message>
    <message>
        <source>Check-out: how did today feel?</source>
        <translation>Na koniec: jak było dzisiaj?</translation>
    </message>
    <message numerus="yes">
        <source>Share saying Yes · %n check-out(s) · groups under 3 are not shown on their own</source>
        <translation>
            <numerusform>Odsetek odpowiedzi „tak” · %n osoba · grup mniejszych niż 3 osoby nie pokazujemy osobno</numerusform>
            <numerusform>Odsetek odpowiedzi „tak” · %n osoby · grup mniejszych niż 3 osoby nie pokazujemy osobno</numerusform>
            <numerusform>Odsetek odpowiedzi „tak” · %n osób · grup mniejszych niż 3 osoby nie pokazujemy osobno</numerusform>
        </translation>
    </message>
    <message>
        <source>not shown, so nobody can be picked out</source>
        <translation>nie pokazujemy, żeby nikogo nie dało się rozpoznać</translation>
    </message>
    <message>
        <source>{share}% Yes</source>
        <translation>{share}% tak</translation>
    </message>
</context>
<context>
    <name>ConsoleHooks</name>
    <message>
        <source>&amp;Accessibility…</source>
        <translation>&amp;Ułatwienia dostępu…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Skróty klawiszowe</translation>
    </message>
</context>
<context>
    <name>JargonPanel</name>
    <message>
        <source>Jargon</source>
        <translation>Żargon</translation>
    </message>
    <message>
        <source>Terms that came up in this session</source>
        <translation>Terminy, które padły na tym spotkaniu</translation>
    </message>
    <message>
        <source>No jargon spotted yet in this session&apos;s notes, agenda, stories or actions.</source>
        <translation>Na razie nie znaleziono żargonu w notatkach, planie spotkania, historiach ani działaniach.</translation>
    </message>
    <message>
        <source>Search the glossary</source>
        <translation>Szukaj w słowniczku</translation>
    </message>
    <message>
        <source>Glossary terms</source>
        <translation>Terminy w słowniczku</translation>
    </message>
    <message>
        <source>&amp;Add a term…</source>
        <translation>&amp;Dodaj termin…</translation>
    </message>
    <message>
        <source>Add a word or abbreviation this programme uses, with a plain explanation.</source>
        <translation>Dodaj słowo lub skrót używany w tym programie, z prostym wyjaśnieniem.</translation>
    </message>
    <message>
        <source>Whole glossary</source>
        <translation>Cały słowniczek</translation>
    </message>
    <message>
        <source>&amp;Show on projector</source>
        <translation>&amp;Pokaż na projektorze</translation>
    </message>
    <message>
        <source>Shows the term and its explanation in large type on the projector.</source>
        <translation>Pokazuje termin i jego wyjaśnienie dużą czcionką na projektorze.</translation>
    </message>
    <message>
        <source>Back to what was s&amp;hown</source>
        <translation>&amp;Wróć do poprzedniego widoku</translation>
    </message>
    <message>
        <source>Puts the projector back to what it showed before the term.</source>
        <translation>Przywraca na projektorze to, co było widać przed terminem.</translation>
    </message>
    <message>
        <source>&amp;Read aloud</source>
        <translation>Czytaj na &amp;głos</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>In this session ({n})</source>
        <translation>Na tym spotkaniu ({n})</translation>
    </message>
    <message>
        <source>Questions ({n})</source>
        <translation>Pytania ({n})</translation>
    </message>
    <message>
        <source>Pick a term to see what it means.</source>
        <translation>Wybierz termin, aby zobaczyć, co znaczy.</translation>
    </message>
    <message>
        <source>Came up in: {places}</source>
        <translation>Pojawił się w: {places}</translation>
    </message>
</context>
<context>
    <name>JargonProjectorView</name>
    <message>
        <source>Jargon explained</source>
        <translation>Wyjaśnienie żargonu</translation>
    </message>
    <message>
        <source>Jargon buster</source>
        <translation>Słowniczek trudnych słów</translation>
    </message>
    <message>
        <source>Ask “what does that mean?” at any time.</source>
        <translation>W każdej chwili można zapytać: „co to znaczy?”</translation>
    </message>
    <message>
        <source>What does it mean?</source>
        <translation>Co to znaczy?</translation>
    </message>
    <message>
        <source>Also written as: {forms}</source>
        <translation>Zapisywane też jako: {forms}</translation>
    </message>
</context>
<context>
    <name>NewPollForm</name>
    <message>
        <source>Scale 1 to 5</source>
        <translation>Skala od 1 do 5</translation>
    </message>
    <message>
        <source>Scale 0 to 10</source>
        <translation>Skala od 0 do 10</translation>
    </message>
    <message>
        <source>Choose one</source>
        <translation>Jedna odpowiedź</translation>
    </message>
    <message>
        <source>Choose any</source>
        <translation>Kilka odpowiedzi</translation>
    </message>
    <message>
        <source>Word cloud (three words each)</source>
        <translation>Chmura słów (po trzy słowa)</translation>
    </message>
    <message>
        <source>Kind of poll</source>
        <translation>Rodzaj ankiety</translation>
    </message>
    <message>
        <source>The question</source>
        <translation>Pytanie</translation>
    </message>
    <message>
        <source>Options, one a line</source>
        <translation>Odpowiedzi do wyboru, każda w osobnej linii</translation>
    </message>
    <message>
        <source>Words at the ends</source>
        <translation>Opis końców skali</translation>
    </message>
    <message>
        <source>Lowest, e.g. Not at all</source>
        <translation>Najniżej, np. Wcale</translation>
    </message>
    <message>
        <source>Words for the lowest point</source>
        <translation>Opis najniższego punktu</translation>
    </message>
    <message>
        <source>Highest, e.g. Completely</source>
        <translation>Najwyżej, np. Całkowicie</translation>
    </message>
    <message>
        <source>Words for the highest point</source>
        <translation>Opis najwyższego punktu</translation>
    </message>
    <message>
        <source>&amp;Start poll</source>
        <translation>&amp;Zacznij ankietę</translation>
    </message>
</context>
<context>
    <name>PlaceWords</name>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n notatka</numerusform>
            <numerusform>%n notatki</numerusform>
            <numerusform>%n notatek</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agenda item(s)</source>
        <translation>
            <numerusform>%n punkt planu</numerusform>
            <numerusform>%n punkty planu</numerusform>
            <numerusform>%n punktów planu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n story(s)</source>
        <translation>
            <numerusform>%n historia</numerusform>
            <numerusform>%n historie</numerusform>
            <numerusform>%n historii</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n działanie</numerusform>
            <numerusform>%n działania</numerusform>
            <numerusform>%n działań</numerusform>
        </translation>
    </message>
    <message>
        <source>Note {id}</source>
        <translation>Notatka {id}</translation>
    </message>
    <message>
        <source>Agenda: {title}</source>
        <translation>Plan: {title}</translation>
    </message>
    <message>
        <source>Story {id}</source>
        <translation>Historia {id}</translation>
    </message>
    <message>
        <source>Action {id}</source>
        <translation>Działanie {id}</translation>
    </message>
</context>
<context>
    <name>PollProjectorView</name>
    <message>
        <source>Quick poll</source>
        <translation>Szybka ankieta</translation>
    </message>
    <message>
        <source>No poll yet</source>
        <translation>Nie ma jeszcze ankiety</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) from the board</source>
        <translation>
            <numerusform>%n karteczka z tablicy</numerusform>
            <numerusform>%n karteczki z tablicy</numerusform>
            <numerusform>%n karteczek z tablicy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n odpowiedź</numerusform>
            <numerusform>%n odpowiedzi</numerusform>
            <numerusform>%n odpowiedzi</numerusform>
        </translation>
    </message>
    <message>
        <source>{answers} · The results will show when the facilitator reveals them</source>
        <translation>{answers} · Wyniki pojawią się, gdy prowadzący je pokaże</translation>
    </message>
    <message>
        <source>Answer on your phone: Quick polls</source>
        <translation>Odpowiedz na telefonie: Szybkie ankiety</translation>
    </message>
    <message numerus="yes">
        <source>{answers} · %n more word(s) not shown</source>
        <translation>
            <numerusform>{answers} · jeszcze %n słowo niepokazane</numerusform>
            <numerusform>{answers} · jeszcze %n słowa niepokazane</numerusform>
            <numerusform>{answers} · jeszcze %n słów niepokazanych</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PollsPanel</name>
    <message>
        <source>Polls</source>
        <translation>Ankiety</translation>
    </message>
    <message>
        <source>A quick poll in seconds: phones answer under “Quick polls”. The room sees the results only when you reveal them.</source>
        <translation>Szybka ankieta w kilka sekund: telefony odpowiadają w „Szybkich ankietach”. Sala widzi wyniki dopiero wtedy, gdy je pokażesz.</translation>
    </message>
    <message>
        <source>Notes for a word cloud</source>
        <translation>Karteczki do chmury słów</translation>
    </message>
    <message>
        <source>Cloud from the &amp;board</source>
        <translation>Chmura z &amp;tablicy</translation>
    </message>
    <message>
        <source>This session&apos;s polls</source>
        <translation>Ankiety z tego spotkania</translation>
    </message>
    <message>
        <source>Words in the cloud</source>
        <translation>Słowa w chmurze</translation>
    </message>
    <message>
        <source>Show on &amp;projector</source>
        <translation>Pokaż na &amp;projektorze</translation>
    </message>
    <message>
        <source>&amp;Delete poll</source>
        <translation>&amp;Usuń ankietę</translation>
    </message>
    <message>
        <source>From the board</source>
        <translation>Z tablicy</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwarta</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nie rozpoczęta</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Zamknięta</translation>
    </message>
    <message>
        <source>results shown</source>
        <translation>wyniki pokazane</translation>
    </message>
    <message>
        <source>results hidden</source>
        <translation>wyniki ukryte</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n odpowiedź</numerusform>
            <numerusform>%n odpowiedzi</numerusform>
            <numerusform>%n odpowiedzi</numerusform>
        </translation>
    </message>
    <message>
        <source>The whole board</source>
        <translation>Cała tablica</translation>
    </message>
    <message>
        <source>Untitled cluster</source>
        <translation>Grupa bez nazwy</translation>
    </message>
    <message>
        <source>{word} · hidden</source>
        <translation>{word} · ukryte</translation>
    </message>
    <message>
        <source>&amp;Close poll</source>
        <translation>Za&amp;mknij ankietę</translation>
    </message>
    <message>
        <source>&amp;Open to phones</source>
        <translation>&amp;Otwórz dla telefonów</translation>
    </message>
    <message>
        <source>&amp;Hide results</source>
        <translation>U&amp;kryj wyniki</translation>
    </message>
    <message>
        <source>&amp;Reveal results</source>
        <translation>Pokaż &amp;wyniki</translation>
    </message>
    <message>
        <source>Show word &amp;again</source>
        <translation>Pokaż słowo &amp;znowu</translation>
    </message>
    <message>
        <source>Hide &amp;word</source>
        <translation>Ukryj &amp;słowo</translation>
    </message>
    <message>
        <source>Words from the board</source>
        <translation>Słowa z tablicy</translation>
    </message>
    <message>
        <source>Words from “{cluster}”</source>
        <translation>Słowa z „{cluster}”</translation>
    </message>
</context>
<context>
    <name>QuestionsTab</name>
    <message>
        <source>Questions from phones</source>
        <translation>Pytania z telefonów</translation>
    </message>
    <message>
        <source>No questions waiting. People can ask “what does that mean?” from their phones.</source>
        <translation>Brak czekających pytań. Uczestnicy mogą zapytać z telefonu: „co to znaczy?”</translation>
    </message>
    <message>
        <source>Mark as a&amp;nswered</source>
        <translation>Oznacz jako o&amp;mówione</translation>
    </message>
    <message>
        <source>Takes the question off the list once it has been explained.</source>
        <translation>Usuwa pytanie z listy, gdy zostało już wyjaśnione.</translation>
    </message>
    <message>
        <source>{question}
→ {term}</source>
        <translation>{question}
→ {term}</translation>
    </message>
</context>
<context>
    <name>RoomQuestionsPanel</name>
    <message>
        <source>Questions</source>
        <translation>Pytania</translation>
    </message>
    <message>
        <source>Questions for the room from phones. New ones wait here until you let them through; then everyone can see them and vote. Select two or more to merge duplicates.</source>
        <translation>Pytania do sali z telefonów. Nowe czekają tutaj, aż je przepuścisz; wtedy wszyscy je widzą i mogą na nie głosować. Zaznacz dwa lub więcej, aby połączyć powtórzenia.</translation>
    </message>
    <message>
        <source>Questions for the room</source>
        <translation>Pytania do sali</translation>
    </message>
    <message>
        <source>&amp;Let through</source>
        <translation>&amp;Przepuść</translation>
    </message>
    <message>
        <source>Mark as &amp;answered</source>
        <translation>Oznacz jako &amp;omówione</translation>
    </message>
    <message>
        <source>&amp;Merge duplicates</source>
        <translation>Połącz po&amp;wtórzenia</translation>
    </message>
    <message>
        <source>Make an a&amp;ction</source>
        <translation>Zrób &amp;działanie</translation>
    </message>
    <message>
        <source>Show on &amp;projector</source>
        <translation>Pokaż na p&amp;rojektorze</translation>
    </message>
    <message>
        <source>asked by {name}</source>
        <translation>pyta: {name}</translation>
    </message>
    <message>
        <source>asked without a name</source>
        <translation>bez imienia</translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation>Czeka na ciebie</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Omówione</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n głos</numerusform>
            <numerusform>%n głosy</numerusform>
            <numerusform>%n głosów</numerusform>
        </translation>
    </message>
    <message>
        <source> · an action</source>
        <translation> · działanie</translation>
    </message>
</context>
<context>
    <name>RoomQuestionsProjectorView</name>
    <message>
        <source>Questions from the room</source>
        <translation>Pytania z sali</translation>
    </message>
    <message>
        <source>Ask or vote on your phone: Questions for the room</source>
        <translation>Pytaj lub głosuj na telefonie: Pytania do sali</translation>
    </message>
    <message>
        <source>No questions yet. Ask one from your phone: Questions for the room</source>
        <translation>Na razie nie ma pytań. Zadaj je z telefonu: Pytania do sali</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n głos</numerusform>
            <numerusform>%n głosy</numerusform>
            <numerusform>%n głosów</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Skróty klawiszowe</translation>
    </message>
    <message>
        <source>Tab moves between controls, and Space or Enter presses a button. These keys also work:</source>
        <translation>Tab przechodzi między elementami, a Spacja lub Enter naciska przycisk. Działają też te klawisze:</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Klawisze</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Co robią</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Zapisz jako &amp;PDF…</translation>
    </message>
    <message>
        <source>Coprod Desktop: keyboard shortcuts</source>
        <translation>Coprod Desktop: skróty klawiszowe</translation>
    </message>
    <message>
        <source>Save the shortcut sheet</source>
        <translation>Zapisz listę skrótów</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Projector</source>
        <translation>Projektor</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Ogólne</translation>
    </message>
</context>
<context>
    <name>TermDialog</name>
    <message>
        <source>Add a term</source>
        <translation>Dodaj termin</translation>
    </message>
    <message>
        <source>Edit a term</source>
        <translation>Edytuj termin</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>For example: Ashbrook Hub</source>
        <translation>Na przykład: Ashbrook Hub</translation>
    </message>
    <message>
        <source>Other ways it is written</source>
        <translation>Inne zapisy</translation>
    </message>
    <message>
        <source>Separate each one with a semicolon.</source>
        <translation>Oddziel każdy zapis średnikiem.</translation>
    </message>
    <message>
        <source>For example: the Hub; hub</source>
        <translation>Na przykład: the Hub; hub</translation>
    </message>
    <message>
        <source>Plain explanation</source>
        <translation>Proste wyjaśnienie</translation>
    </message>
    <message>
        <source>One sentence, under 30 words, without other jargon.</source>
        <translation>Jedno zdanie, poniżej 30 słów, bez innego żargonu.</translation>
    </message>
    <message>
        <source>Explanation check</source>
        <translation>Sprawdzenie wyjaśnienia</translation>
    </message>
    <message>
        <source>This will replace the built-in explanation of ‘{term}’ for this programme.</source>
        <translation>To zastąpi wbudowane wyjaśnienie terminu „{term}” w tym programie.</translation>
    </message>
    <message>
        <source>&amp;Term</source>
        <translation>&amp;Termin</translation>
    </message>
    <message>
        <source>&amp;Other ways it is written</source>
        <translation>&amp;Inne zapisy</translation>
    </message>
    <message>
        <source>&amp;Plain explanation</source>
        <translation>&amp;Proste wyjaśnienie</translation>
    </message>
    <message>
        <source>{n} words of {most}: good.</source>
        <translation>Słowa: {n} z {most}. W porządku.</translation>
    </message>
</context>
<context>
    <name>TermEditing</name>
    <message>
        <source>That could not be saved.</source>
        <translation>Nie udało się tego zapisać.</translation>
    </message>
    <message>
        <source>Remove a term</source>
        <translation>Usuń termin</translation>
    </message>
    <message>
        <source>Remove ‘{term}’ from this programme&apos;s glossary? You can undo this.</source>
        <translation>Usunąć „{term}” ze słowniczka tego programu? Można to cofnąć.</translation>
    </message>
</context>
</TS>
