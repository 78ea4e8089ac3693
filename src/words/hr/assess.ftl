# Ladder's assess sentences.

## Page titles: what the browser's tab says.
assess-title = Samoprocjena
assess-dimension-title = { $dimension } · Samoprocjena
assess-questionnaire-title = Upitnik · Samoprocjena
assess-criteria-title = Kriteriji za promaknuće · Samoprocjena
assess-report-title = Tvoj izvještaj · Samoprocjena
history-title = Tvoj napredak · Samoprocjena

## Moving between the self-assessment's pages.
assess-nav-questionnaire = Upitnik
assess-nav-assessment = Samoprocjena
assess-back = ← Natrag
assess-back-to-last-dimension = ← Natrag na posljednju dimenziju
assess-back-to-criteria = ← Kriteriji za promaknuće
assess-next-dimension = Sljedeća dimenzija →
assess-next-criteria = Kriteriji za promaknuće →
assess-see-report = Prikaži moj izvještaj →

## The first page: levels, the month the current level was reached, a name.
assess-start-lead-dated = Procijeni se prema očekivanjima razine kojoj težiš, a zatim dobij izvještaj o razlikama i plan s datumima. Tvoji odgovori ostaju u ovom pregledniku: u ovoj kartici, osim ako ih ne odlučiš zapamtiti na ovom uređaju. Ništa se nikamo ne šalje.
assess-start-lead = Procijeni se prema očekivanjima razine kojoj težiš, a zatim dobij izvještaj o razlikama i o tome na čemu trebaš raditi. Tvoji odgovori ostaju u ovom pregledniku: u ovoj kartici, osim ako ih ne odlučiš zapamtiti na ovom uređaju. Ništa se nikamo ne šalje.
assess-start-current-level = Tvoja trenutačna razina
assess-start-target-level = Razina kojoj težiš
assess-start-target-placeholder = Odaberi razinu na drugom smjeru
# A group of target levels in the picker; $track is the track's name.
assess-start-group-promotion = { $track } (promaknuće)
assess-start-group-switch = { $track } (promjena smjera)
assess-start-target-switch = { $level } je na smjeru { $track }: Ladder će to smatrati promjenom smjera.
assess-start-target-at-top = { $level } je najviša razina svog smjera: za promjenu smjera odaberi razinu na drugom smjeru.
assess-start-target-default = Zadana je sljedeća razina na tvom smjeru.
assess-start-since = Otkad si na razini { $level }?
assess-start-month = Mjesec
assess-start-year = Godina
assess-start-since-future = Taj mjesec tek dolazi: odaberi mjesec od kojeg si na toj razini.
assess-start-months-in-level = { $count ->
        [one] { $count } mjesec na razini
        [few] { $count } mjeseca na razini
       *[other] { $count } mjeseci na razini
    }
assess-start-name = Tvoje ime (neobavezno, nikad ne napušta ovu stranicu)
assess-start-name-hint = Najviše { $count ->
        [one] { $count } znak
        [few] { $count } znaka
       *[other] { $count } znakova
    }.
assess-start-begin = Započni upitnik

## The questionnaire: one dimension at a time.
# $readiness is a percentage without its sign; $status is a status word ("blizu").
assess-dimension-so-far = Zasad: { $readiness } % · { $status } (odgovoreno { $answered } od { $total })
assess-dimension-so-far-unrated = Zasad: { $status } (odgovoreno { $answered } od { $total })
assess-dimension-lead = Koliko često tvoj današnji rad odgovara očekivanjima razine { $level }?
# The keys are fixed: 0 to 3 and N; the names are those of the answers.
assess-dimension-keys = Tipkovnica: 0 Još ne, 1 Ponekad, 2 Uglavnom, 3 Dosljedno, N Ne znam. Svaka tipka ocjenjuje jednu tvrdnju i prelazi na sljedeću; nakon posljednje tipka Enter vodi dalje.
assess-dimension-now = Danas na razini { $level }
assess-dimension-absent = Smjer { $track } nema dimenziju { $dimension }.

## The promotion-criteria questions.
assess-criteria-heading = Kriteriji za promaknuće
assess-criteria-lead = Nekoliko pitanja o dokazima na kojima se temelji prijedlog za promaknuće.
assess-criteria-none = Ovaj okvir karijere ne postavlja pitanja o kriterijima za promaknuće: tvoj izvještaj slijedi nakon posljednje dimenzije.

## The report.
assess-report-heading = Tvoj izvještaj: { $current } → { $target }
assess-report-heading-named = Izvještaj: { $name }, { $current } → { $target }
# $framework and $version are the framework's; $date is today's (it ends in a full stop).
assess-report-against = Stanje na dan { $date } prema okviru { $framework }, verzija { $version }. Odgovoreno na { $answered } od { $total ->
        [one] { $total } tvrdnje
        [few] { $total } tvrdnje
       *[other] { $total } tvrdnji
    }.
assess-report-made-against = Tvoji su odgovori zabilježeni prema okviru { $framework }, verzija { $version }; s ovom se verzijom povezuju prema oznaci svake tvrdnje.
assess-report-not-upward = Ciljna razina na ovom smjeru nije iznad tvoje trenutačne razine, pa nema promaknuća koje bi se planiralo.
assess-report-choose-target = Odaberi drugu ciljnu razinu
assess-report-change-levels = Promijeni razine ili datume
assess-report-readiness = Spremnost po dimenzijama
# $incomplete is the rule for too few answers, as in "s manje od 3 odgovora".
assess-report-readiness-rule = Spremnost je prosječna ocjena kao udio ocjene „Dosljedno“. Spremno: { $ready } % ili više bez ocjene „Još ne“; blizu: { $close } % ili više; nepotpuno: { $incomplete }.
assess-report-to-work-on = Tvrdnje na kojima trebaš raditi
assess-report-timeline = Predloženi vremenski plan
assess-report-switch-dated = Promjena smjera: plan s datumima
assess-report-switch = Promjena smjera
assess-report-guidance = Ovo su smjernice prema tipičnom vremenu napredovanja i postupku iz okvira karijere, a ne obećanje: odlučuju tvoj voditelj i postupak kalibracije.
assess-report-focus = Na što se sljedeće usredotočiti
# A focus area: the dimension's name and its status word.
assess-report-focus-area = { $dimension } ({ $status })

## Progress over time: the kept snapshots.
history-heading = Tvoj napredak kroz vrijeme
history-back-to-report = ← Tvoj izvještaj
history-download-file = ladder-povijest.txt
history-unreadable = Tvoje spremljene snimke nije bilo moguće pročitati: { $error }. Ostavljene su kakve jesu.
history-download = Preuzmi ih
history-none-yet = Još nema spremljene snimke. Na dovršenom izvještaju odaberi „Spremi ovaj izvještaj kao snimku“.
history-not-remembering = Snimke se čuvaju samo kad je uključeno „Zapamti na ovom uređaju“ (na prvoj stranici samoprocjene).
# $date ends in a full stop, so it stands inside brackets here.
history-kept = { $count ->
        [one] Na ovom uređaju čuva se { $count } snimka (najnovija od { $date }).
        [few] Na ovom uređaju čuvaju se { $count } snimke (najnovija od { $date }).
       *[other] Na ovom uređaju čuva se { $count } snimaka (najnovija od { $date }).
    }
history-since-previous = Od prethodne snimke
history-nothing-moved = Ništa se nije promijenilo.
history-delete-refused = Preglednik je odbio promjenu; ništa nije izbrisano.
history-table-region = Snimke (tablica se pomiče vodoravno)
history-table-caption = Spremnost po dimenzijama u svakoj snimci
history-table-snapshot = Snimka
history-delete = Izbriši
# A snapshot's row: its date and the levels it was taken for.
history-table-row = { $date } ({ $current } → { $target })
history-delete-label = Izbriši snimku od { $date }
history-chart-title = Spremnost po dimenzijama u svakoj spremljenoj snimci. Tablica ispod daje iste brojke.

## The dated plan.
plan-today = Danas
plan-in-level = Na razini
plan-decision = Odluka
plan-effective = Stupa na snagu
plan-earliest = Najranije
plan-typical = Tipično
plan-no-timeline = Ovaj okvir karijere ne navodi tipično vrijeme od razine { $from } do razine { $to }, pa Ladder ne predlaže datume.
plan-milestones = { $from } → { $to }, najraniji datumi
plan-step = { $from } → { $to }
# $window is a span of months: "24–36 mjeseci".
plan-typical-window = tipičan raspon { $window }
# $start names how a move starts ("Nominacija"); $reason says why the date is what it is.
plan-binding = { $start } najranije od { $date }: { $reason }.
plan-open-ended = Raspon nema gornju granicu ({ $window }), pa je tipičan datum jednak najranijem; mnogima treba dulje.
# $reasons are further reasons, separated by semicolons.
plan-also-considered = Uzeto je u obzir i: { $reasons }.
plan-switch-typical = Tvoj je prelazak na tipičnom putu koji okvir karijere predviđa između ovih smjerova.
plan-switch-atypical = Tvoj prelazak nije na tipičnom putu koji okvir karijere predviđa između ovih smjerova: razgovaraj o njemu sa svojim voditeljem.
# $from and $to are levels as alternatives: "IC04 ili IC05".
plan-switch-path = Tipičan put je { $from } → { $to }.
plan-switch-path-note = Tipičan put je { $from } → { $to }, { $note }.
plan-switch-no-path = Okvir karijere ne opisuje prelazak između ovih smjerova.
plan-switch-undated = Ovaj okvir karijere ne opisuje postupak promaknuća prema kojem bi se prelasku mogao odrediti datum, pa Ladder ne predlaže datume.
# $required and $have are spans of months: "12 mjeseci".
plan-switch-time = Potrebno vrijeme u trenutačnoj ulozi ({ $required }) navršava se { $date }; dosad imaš { $have }.
plan-requirements = Uvjeti
plan-requirement-met = { $requirement } (ispunjeno)
plan-requirement-missing = { $requirement } (još ne)
plan-reflect = Pitanja za razmišljanje

## What can be done with a report.
report-actions-print = Ispiši ili spremi kao PDF
report-actions-save = Spremi u datoteku
report-actions-share = Podijeli moju samoprocjenu
report-actions-ask = Procijeni i ti mene
# The saved file's name; $date is as 2027-03-22.
report-actions-file-name = ladder-samoprocjena-{ $current }-{ $target }-{ $date }.json
report-actions-ask-label = Poveznica s molbom za drugo mišljenje
report-actions-ask-sentence = Pošalji ovu poveznicu svom voditelju ili nekome iz tima: otvara ista pitanja o tebi, bez tvojih odgovora. Njihovi ti se odgovori vraćaju kao poveznica, da ih usporediš sa svojima.
report-actions-share-label = Poveznica na tvoju samoprocjenu
report-actions-share-sentence = Svatko s ovom poveznicom može pročitati ove odgovore i izvještaj koji iz njih proizlazi (ne i tvoje ime ni bilješke); sama poveznica jedina je kopija, ništa se ne šalje na poslužitelj.

## How this is calculated.
method-note-heading = Kako se ovo izračunava
method-note-readiness = Spremnost je prosjek tvojih danih ocjena (Još ne 0, Ponekad 1, Uglavnom 2, Dosljedno 3) podijeljen s 3. „Ne znam“ se ne ubraja i posebno se označava.
method-note-statuses = Dimenzija je spremna uz { $ready } % ili više bez ocjene „Još ne“, blizu uz { $close } % ili više, ispod toga je jaz, a nepotpuna je { $incomplete }.
method-note-closing-months = Mjeseci do zatvaranja dimenzije: spremno { $ready }, blizu { $close }, jaz { $gap }, nepotpuno { $incomplete }.
# $earliest is the subject: "Najranija nominacija".
method-note-earliest-questions = { $earliest } pada na kasniji od dvaju datuma: istek tipičnog minimalnog vremena na razini ili današnji dan uvećan za mjesece koji još nedostaju.
method-note-earliest = { $earliest } pada nakon isteka tipičnog minimalnog vremena na razini.
method-note-typical = Tipičan datum uzima kraj tipičnog raspona i sporiju odluku; raspon bez gornje granice nema kraj, pa je njegov tipičan datum jednak najranijem.

## Keeping a report as a snapshot.
keep-snapshot-button = Spremi ovaj izvještaj kao snimku
keep-snapshot-progress = Tvoj napredak kroz vrijeme
# $link is keep-snapshot-first-page, shown as a link.
keep-snapshot-off = Za spremanje datiranih snimaka ovog izvještaja i praćenje napretka kroz vrijeme uključi „Zapamti na ovom uređaju“ na { $link }.
keep-snapshot-first-page = prvoj stranici
keep-snapshot-unreadable = Tvoje spremljene snimke nije bilo moguće pročitati ({ $error }), pa ništa nije dodano: pogledaj ih na stranici napretka.
keep-snapshot-full = { $count ->
        [one] Imaš { $count } snimku, što je najviše moguće: izbriši jednu na stranici napretka kako bi se spremila ova.
        [few] Imaš { $count } snimke, što je najviše moguće: izbriši jednu na stranici napretka kako bi se spremila ova.
       *[other] Imaš { $count } snimaka, što je najviše moguće: izbriši jednu na stranici napretka kako bi se spremila ova.
    }
keep-snapshot-kept = { $count ->
        [one] Spremljeno kao snimka s današnjim datumom; sada imaš { $count } snimku.
        [few] Spremljeno kao snimka s današnjim datumom; sada imaš { $count } snimke.
       *[other] Spremljeno kao snimka s današnjim datumom; sada imaš { $count } snimaka.
    }
keep-snapshot-refused = Preglednik je odbio spremiti snimku; ništa nije dodano.

## An unfinished report: what is still to answer.
# "od 4" would need the noun's paucal form, so the count follows the noun.
still-to-answer-heading = Još nema dovoljno odgovora – preostale dimenzije: { $count } od { $total }
still-to-answer-rule = { $count ->
        [one] Zaključak, područja fokusa i datumi traže u svakoj dimenziji barem { $count } odgovorenu tvrdnju. „Ne znam“ se ne računa.
        [few] Zaključak, područja fokusa i datumi traže u svakoj dimenziji barem { $count } odgovorene tvrdnje. „Ne znam“ se ne računa.
       *[other] Zaključak, područja fokusa i datumi traže u svakoj dimenziji barem { $count } odgovorenih tvrdnji. „Ne znam“ se ne računa.
    }
still-to-answer-link = Odgovori za dimenziju { $dimension }
still-to-answer-answered = (odgovoreno { $answered } od { $total })
still-to-answer-partial = Djelomični izvještaj – dovršene dimenzije: { $count } od { $total }
still-to-answer-partial-hint = Ove dimenzije imaju dovoljno odgovora. Zaključak će biti dostupan kad svaka dimenzija bude imala dovoljno odgovora.

## One dimension of the report in detail.
dimension-detail-nothing-below = Ništa nije ocijenjeno ispod „Uglavnom“.
# A rating before the statement it rates: "Još ne: ".
dimension-detail-rating = { $rating }:{ " " }
dimension-detail-unsure = „Ne znam“ ili bez odgovora: { $count }.
dimension-detail-answer-them = Odgovori na njih za dimenziju { $dimension }
dimension-detail-evidence = Tvoji dokazi:{ " " }

## Rating one statement.
rating-scale-not-answered = Još bez odgovora

## Clearing the answers.
clear-answers-button = Izbriši sve odgovore
clear-answers-question = Izbrisati sve odgovore?
clear-answers-confirm = { $count ->
        [one] Izbrisati { $count } odgovor, tvoje ime i odgovore o kriterijima? To se ne može poništiti.
        [few] Izbrisati { $count } odgovora, tvoje ime i odgovore o kriterijima? To se ne može poništiti.
       *[other] Izbrisati { $count } odgovora, tvoje ime i odgovore o kriterijima? To se ne može poništiti.
    }
clear-answers-yes = Da, izbriši ih
clear-answers-keep = Zadrži moje odgovore

## Readiness per dimension: the table and the chart.
readiness-table-region = Spremnost po dimenzijama (tablica se pomiče vodoravno)
readiness-table-caption = Spremnost po dimenzijama
readiness-table-dimension = Dimenzija
readiness-table-readiness = Spremnost
readiness-table-answered = Odgovoreno
readiness-table-answered-count = { $answered } od { $total }
gap-chart-title = Spremnost po dimenzijama; dimenzija je spremna od { $ready } %. Tablica ispod daje iste brojke.
gap-chart-ready = spremno { $ready } %

## The evidence note.
evidence-note-label = Dokazi za ovu dimenziju (neobavezno)
# $length is more than $max, which is the most a note can have.
evidence-note-too-long = Ova bilješka ima { $length ->
        [one] { $length } znak
        [few] { $length } znaka
       *[other] { $length } znakova
    }; bilješka smije imati najviše { $max }. Neće se spremiti dok je ne skratiš.
evidence-note-too-long-saved = Ova bilješka ima { $length ->
        [one] { $length } znak
        [few] { $length } znaka
       *[other] { $length } znakova
    }; bilješka smije imati najviše { $max }. Neće se spremiti dok je ne skratiš (spremljena ostaje ranija bilješka, duga { $saved ->
        [one] { $saved } znak
        [few] { $saved } znaka
       *[other] { $saved } znakova
    }).
evidence-note-hint = Bilješke ostaju na ovoj stranici.

## The questionnaire's progress.
dimension-steps-label = Napredak kroz upitnik
dimension-steps-count = Dimenzija { $current } od { $total }

## What is still unanswered.
unanswered-heading = Još bez odgovora
unanswered-not-rated = { $count ->
        [one] { $count } tvrdnja nije ocijenjena
        [few] { $count } tvrdnje nisu ocijenjene
       *[other] { $count } tvrdnji nije ocijenjeno
    }

## The promotion criteria as a checklist; $criterion is the criterion's name.
criteria-checklist-met = { $criterion }: ispunjeno.
criteria-checklist-missing = { $criterion }: nedostaje.
criteria-checklist-to-check = { $criterion }: treba provjeriti.

## A whole-number field.
number-field-invalid = Upiši cijeli broj od { $min } do { $max }. Do tada odgovor ostaje { $value }.
# $typed is what was typed, cut to 12 characters.
number-field-reverted = „{ $typed }“ nije cijeli broj od { $min } do { $max }, pa odgovor ostaje { $value }.

## A statement's examples, folded beneath it.
statement-examples = { $count ->
        [1] Primjer
        [one] { $count } primjer
        [few] { $count } primjera
       *[other] { $count } primjera
    }

# The key that answers "Not sure" on the questionnaire (shown beside the answer; typing it answers).
rating-key-not-sure = N
