# Ladder's assess sentences.

## Page titles: what the browser's tab says.
assess-title = Selbsteinschätzung
assess-dimension-title = { $dimension } · Selbsteinschätzung
assess-questionnaire-title = Fragebogen · Selbsteinschätzung
assess-criteria-title = Beförderungskriterien · Selbsteinschätzung
assess-report-title = Dein Bericht · Selbsteinschätzung
history-title = Dein Fortschritt · Selbsteinschätzung

## Moving between the self-assessment's pages.
assess-nav-questionnaire = Fragebogen
assess-nav-assessment = Selbsteinschätzung
assess-back = ← Zurück
assess-back-to-last-dimension = ← Zurück zur letzten Dimension
assess-back-to-criteria = ← Beförderungskriterien
assess-next-dimension = Nächste Dimension →
assess-next-criteria = Beförderungskriterien →
assess-see-report = Zu meinem Bericht →

## The first page: levels, the month the current level was reached, a name.
assess-start-lead-dated = Schätze dich anhand der Erwartungen an die Stufe ein, die du anstrebst, und erhalte eine Lückenanalyse und einen Plan mit Terminen. Deine Antworten bleiben in diesem Browser: nur in diesem Tab, es sei denn, du schaltest „Auf diesem Gerät merken“ ein. Nichts wird irgendwohin gesendet.
assess-start-lead = Schätze dich anhand der Erwartungen an die Stufe ein, die du anstrebst, und erhalte eine Lückenanalyse mit Hinweisen, woran du arbeiten kannst. Deine Antworten bleiben in diesem Browser: nur in diesem Tab, es sei denn, du schaltest „Auf diesem Gerät merken“ ein. Nichts wird irgendwohin gesendet.
assess-start-current-level = Deine aktuelle Stufe
assess-start-target-level = Die Stufe, die du anstrebst
assess-start-target-placeholder = Wähle eine Stufe in einer anderen Laufbahn
# A group of target levels in the picker; $track is the track's name.
assess-start-group-promotion = { $track } (Beförderung)
assess-start-group-switch = { $track } (Laufbahnwechsel)
assess-start-target-switch = { $level } liegt in der Laufbahn { $track }: Ladder behandelt das als Laufbahnwechsel.
assess-start-target-at-top = { $level } ist die höchste Stufe ihrer Laufbahn: Wähle eine Stufe in einer anderen Laufbahn, um einen Wechsel zu planen.
assess-start-target-default = Standardmäßig die nächste Stufe in deiner Laufbahn.
assess-start-since = Wann hast du { $level } erreicht?
assess-start-month = Monat
assess-start-year = Jahr
assess-start-since-future = Dieser Monat liegt noch in der Zukunft: Wähle den Monat, in dem du die Stufe erreicht hast.
assess-start-months-in-level = { $count ->
        [one] { $count } Monat auf der Stufe
       *[other] { $count } Monate auf der Stufe
    }
assess-start-name = Dein Name (optional, verlässt diese Seite nie)
assess-start-name-hint = Bis zu { $count } Zeichen.
assess-start-begin = Fragebogen starten

## The questionnaire: one dimension at a time.
# $readiness is a percentage without its sign; $status is a status word ("fast bereit").
assess-dimension-so-far = Bisher: { $readiness } % · { $status } ({ $answered } von { $total } beantwortet)
assess-dimension-so-far-unrated = Bisher: { $status } ({ $answered } von { $total } beantwortet)
assess-dimension-lead = Wie oft entspricht deine heutige Arbeit dem, was { $level } erwartet?
# The keys are fixed: 0 to 3 and N; the names are those of the answers.
assess-dimension-keys = Tastatur: 0 Noch nicht, 1 Manchmal, 2 Meistens, 3 Durchgängig, N Nicht sicher. Jede Taste bewertet eine Aussage und springt zur nächsten; nach der letzten geht es mit Enter weiter.
assess-dimension-now = Deine aktuelle Stufe: { $level }
assess-dimension-absent = Die Laufbahn { $track } hat keine Dimension { $dimension }.

## The promotion-criteria questions.
assess-criteria-heading = Beförderungskriterien
assess-criteria-lead = Ein paar Fragen zu den Nachweisen für eine Beförderung.
assess-criteria-none = Dieser Karriererahmen stellt keine Fragen zu Beförderungskriterien: Auf die letzte Dimension folgt direkt dein Bericht.

## The report.
assess-report-heading = Dein Bericht: { $current } → { $target }
assess-report-heading-named = Bericht von { $name }: { $current } → { $target }
# $framework and $version are the framework's; $date is today's.
assess-report-against = Gemessen an { $framework } (Version { $version }), Stand { $date }. { $answered } von { $total ->
        [one] { $total } Aussage
       *[other] { $total } Aussagen
    } beantwortet.
assess-report-made-against = Deine Antworten wurden mit { $framework } (Version { $version }) erfasst; sie werden dieser Version über die IDs der Aussagen zugeordnet.
assess-report-not-upward = Die Zielstufe liegt in dieser Laufbahn nicht über deiner aktuellen Stufe, es gibt also keine Beförderung zu planen.
assess-report-choose-target = Anderes Ziel wählen
assess-report-change-levels = Stufen oder Datum ändern
assess-report-readiness = Bereitschaft nach Dimension
# $incomplete is the rule for too few answers, as in "mit weniger als 3 Antworten".
assess-report-readiness-rule = Die Bereitschaft ist die durchschnittliche Bewertung als Anteil von „Durchgängig“. Bereit: ab { $ready } % ohne „Noch nicht“; fast bereit: ab { $close } %; unvollständig: { $incomplete }.
assess-report-to-work-on = Aussagen, an denen du arbeiten kannst
assess-report-timeline = Vorgeschlagener Zeitplan
assess-report-switch-dated = Laufbahnwechsel: ein Plan mit Terminen
assess-report-switch = Laufbahnwechsel
assess-report-guidance = Eine Orientierung anhand der typischen Zeiträume und des Ablaufs im Karriererahmen, kein Versprechen: Die Entscheidung treffen deine Führungskraft und die Kalibrierungsrunde.
assess-report-focus = Worauf du dich als Nächstes konzentrieren solltest
# A focus area: the dimension's name and its status word.
assess-report-focus-area = { $dimension } ({ $status })

## Progress over time: the kept snapshots.
history-heading = Dein Fortschritt im Lauf der Zeit
history-back-to-report = ← Dein Bericht
history-download-file = ladder-verlauf.txt
history-unreadable = Deine gespeicherten Momentaufnahmen konnten nicht gelesen werden: { $error }. Sie bleiben unverändert.
history-download = Herunterladen
history-none-yet = Noch keine Momentaufnahme gespeichert. Wähle in einem fertigen Bericht „Als Momentaufnahme speichern“.
history-not-remembering = Momentaufnahmen werden nur gespeichert, wenn „Auf diesem Gerät merken“ eingeschaltet ist (auf der ersten Seite der Selbsteinschätzung).
history-kept = { $count ->
        [one] { $count } Momentaufnahme auf diesem Gerät gespeichert, die neueste vom { $date }.
       *[other] { $count } Momentaufnahmen auf diesem Gerät gespeichert, die neueste vom { $date }.
    }
history-since-previous = Seit der vorigen Momentaufnahme
history-nothing-moved = Nichts hat sich verändert.
history-delete-refused = Der Browser hat die Änderung abgelehnt; nichts wurde gelöscht.
history-table-region = Momentaufnahmen (seitlich scrollbar)
history-table-caption = Bereitschaft je Dimension in jeder Momentaufnahme
history-table-snapshot = Momentaufnahme
history-delete = Löschen
# A snapshot's row: its date and the levels it was taken for.
history-table-row = { $date } ({ $current } → { $target })
history-delete-label = Momentaufnahme vom { $date } löschen
history-chart-title = Bereitschaft je Dimension in jeder gespeicherten Momentaufnahme. Die Tabelle darunter enthält dieselben Werte.

## The dated plan.
plan-today = Heute
plan-in-level = Auf der Stufe
plan-decision = Entscheidung
plan-effective = Wirksam
plan-earliest = Frühestens
plan-typical = Typisch
plan-no-timeline = Dieser Karriererahmen nennt keinen typischen Zeitraum von { $from } bis { $to }, daher schlägt Ladder keine Termine vor.
plan-milestones = { $from } → { $to }, früheste Termine
plan-step = { $from } → { $to }
# $window is a span of months: "24–36 Monate".
plan-typical-window = typischer Zeitraum: { $window }
# $start names how a move starts ("Nominierung"); $reason says why the date is what it is.
plan-binding = { $start } frühestens ab dem { $date }: { $reason }.
plan-open-ended = Der Zeitraum ist nach oben offen ({ $window }), daher ist der typische Termin der früheste; viele brauchen länger.
# $reasons are further reasons, separated by semicolons.
plan-also-considered = Ebenfalls berücksichtigt: { $reasons }.
plan-switch-typical = Dein Wechsel liegt auf dem typischen Weg, den der Karriererahmen zwischen diesen Laufbahnen vorsieht.
plan-switch-atypical = Dein Wechsel liegt nicht auf dem typischen Weg, den der Karriererahmen zwischen diesen Laufbahnen vorsieht: Besprich ihn mit deiner Führungskraft.
# $from and $to are levels as alternatives: "IC04 oder IC05".
plan-switch-path = Der typische Weg ist { $from } → { $to }.
plan-switch-path-note = Der typische Weg ist { $from } → { $to }, { $note }.
plan-switch-no-path = Der Karriererahmen beschreibt keinen Wechsel zwischen diesen Laufbahnen.
plan-switch-undated = Dieser Karriererahmen beschreibt keinen Beförderungsprozess, nach dem sich ein Wechsel terminieren ließe, daher schlägt Ladder keine Termine vor.
# $required and $have are spans of months: "12 Monate".
plan-switch-time = { $required } in deiner aktuellen Rolle, erreicht am { $date }; bisher hast du { $have }.
plan-requirements = Voraussetzungen
plan-requirement-met = { $requirement } (erfüllt)
plan-requirement-missing = { $requirement } (noch nicht)
plan-reflect = Fragen zum Nachdenken

## What can be done with a report.
report-actions-print = Drucken oder als PDF speichern
report-actions-save = Als Datei speichern
report-actions-share = Meine Selbsteinschätzung teilen
report-actions-ask = Zweite Meinung einholen
# The saved file's name; $date is as 2027-03-22.
report-actions-file-name = ladder-selbsteinschaetzung-{ $current }-{ $target }-{ $date }.json
report-actions-ask-label = Link für eine zweite Meinung
report-actions-ask-sentence = Schick diesen Link deiner Führungskraft oder jemandem aus deinem Team: Er öffnet dieselben Fragen über dich, ohne deine Antworten. Die Antworten kommen als Link zu dir zurück, sodass du sie mit deinen vergleichen kannst.
report-actions-share-label = Link zu deiner Selbsteinschätzung
report-actions-share-sentence = Wer diesen Link hat, kann diese Antworten und den Bericht dazu lesen (nicht deinen Namen oder deine Notizen); der Link selbst ist die einzige Kopie, nichts wird hochgeladen.

## How this is calculated.
method-note-heading = So wird gerechnet
method-note-readiness = Die Bereitschaft ist der Mittelwert deiner beantworteten Bewertungen (Noch nicht 0, Manchmal 1, Meistens 2, Durchgängig 3) geteilt durch 3. „Nicht sicher“ zählt nicht mit und wird markiert.
method-note-statuses = Eine Dimension ist bereit ab { $ready } % ohne „Noch nicht“, fast bereit ab { $close } %, darunter hat sie eine Lücke; unvollständig ist sie { $incomplete }.
method-note-closing-months = Monate, bis eine Dimension bereit ist: bereit { $ready }, fast bereit { $close }, Lücke { $gap }, unvollständig { $incomplete }.
# $earliest is the subject: "Die früheste Nominierung".
method-note-earliest-questions = { $earliest } richtet sich nach dem Späteren von beidem: der typischen Mindestzeit auf der Stufe oder heute plus den noch fehlenden Monaten.
method-note-earliest = { $earliest } liegt nach Ablauf der typischen Mindestzeit auf der Stufe.
method-note-typical = Der typische Termin nutzt das Ende des typischen Zeitraums und die langsamere Entscheidung; ein nach oben offener Zeitraum hat kein Ende, daher ist sein typischer Termin der früheste.

## Keeping a report as a snapshot.
keep-snapshot-button = Als Momentaufnahme speichern
keep-snapshot-progress = Dein Fortschritt im Lauf der Zeit
# $link is keep-snapshot-first-page, shown as a link.
keep-snapshot-off = Um datierte Momentaufnahmen dieses Berichts zu speichern und deinen Fortschritt im Lauf der Zeit zu sehen, schalte auf der { $link } „Auf diesem Gerät merken“ ein.
keep-snapshot-first-page = ersten Seite
keep-snapshot-unreadable = Deine gespeicherten Momentaufnahmen konnten nicht gelesen werden: { $error }. Daher wurde nichts hinzugefügt; sieh sie dir auf der Fortschrittsseite an.
keep-snapshot-full = { $count ->
        [one] Du hast bereits { $count } Momentaufnahme gespeichert, mehr geht nicht: Lösche auf der Fortschrittsseite eine, um diese zu speichern.
       *[other] Du hast bereits { $count } Momentaufnahmen gespeichert, mehr geht nicht: Lösche auf der Fortschrittsseite eine davon, um diese zu speichern.
    }
keep-snapshot-kept = { $count ->
        [one] Als Momentaufnahme mit heutigem Datum gespeichert; du hast jetzt { $count } Momentaufnahme.
       *[other] Als Momentaufnahme mit heutigem Datum gespeichert; du hast jetzt { $count } Momentaufnahmen.
    }
keep-snapshot-refused = Der Browser hat das Speichern der Momentaufnahme abgelehnt; nichts wurde hinzugefügt.

## An unfinished report: what is still to answer.
still-to-answer-heading = { $count ->
        [one] Noch nicht genug Antworten: { $count } von { $total } Dimensionen fehlt noch
       *[other] Noch nicht genug Antworten: { $count } von { $total } Dimensionen fehlen noch
    }
still-to-answer-rule = { $count ->
        [one] Für ein Gesamtergebnis, Schwerpunkte und Termine braucht jede Dimension mindestens { $count } beantwortete Aussage. „Nicht sicher“ zählt nicht.
       *[other] Für ein Gesamtergebnis, Schwerpunkte und Termine braucht jede Dimension mindestens { $count } beantwortete Aussagen. „Nicht sicher“ zählt nicht.
    }
still-to-answer-link = { $dimension } beantworten
still-to-answer-answered = ({ $answered } von { $total } beantwortet)
still-to-answer-partial = { $count ->
        [one] Teilbericht: { $count } von { $total } Dimensionen vollständig
       *[other] Teilbericht: { $count } von { $total } Dimensionen vollständig
    }
still-to-answer-partial-hint = Diese Dimensionen haben genug Antworten. Solange das nicht für jede Dimension gilt, gibt es kein Gesamtergebnis.

## One dimension of the report in detail.
dimension-detail-nothing-below = Nichts unter „Meistens“ bewertet.
# A rating before the statement it rates: "Noch nicht: ".
dimension-detail-rating = { $rating }:{ " " }
dimension-detail-unsure = Nicht sicher oder nicht beantwortet: { $count }.
dimension-detail-answer-them = Diese Aussagen in { $dimension } beantworten
dimension-detail-evidence = Deine Nachweise:{ " " }

## Rating one statement.
rating-scale-not-answered = Noch nicht beantwortet

## Clearing the answers.
clear-answers-button = Alle Antworten löschen
clear-answers-question = Alle Antworten löschen?
clear-answers-confirm = { $count ->
        [one] { $count } Antwort, deinen Namen und die Antworten zu den Kriterien löschen? Das lässt sich nicht rückgängig machen.
       *[other] { $count } Antworten, deinen Namen und die Antworten zu den Kriterien löschen? Das lässt sich nicht rückgängig machen.
    }
clear-answers-yes = Ja, löschen
clear-answers-keep = Meine Antworten behalten

## Readiness per dimension: the table and the chart.
readiness-table-region = Bereitschaft nach Dimension (seitlich scrollbar)
readiness-table-caption = Bereitschaft nach Dimension
readiness-table-dimension = Dimension
readiness-table-readiness = Bereitschaft
readiness-table-answered = Beantwortet
readiness-table-answered-count = { $answered } von { $total }
gap-chart-title = Bereitschaft je Dimension; ab { $ready } % gilt eine Dimension als bereit. Die Tabelle darunter enthält dieselben Werte.
gap-chart-ready = bereit ab { $ready } %

## The evidence note.
evidence-note-label = Nachweise für diese Dimension (optional)
# $length is more than $max, which is the most a note can have.
evidence-note-too-long = Diese Notiz hat { $length } Zeichen; eine Notiz darf höchstens { $max } haben. Sie wird erst gespeichert, wenn du sie kürzt.
evidence-note-too-long-saved = Diese Notiz hat { $length } Zeichen; eine Notiz darf höchstens { $max } haben. Sie wird erst gespeichert, wenn du sie kürzt (gespeichert bleibt die frühere Notiz mit { $saved } Zeichen).
evidence-note-hint = Notizen bleiben auf dieser Seite.

## The questionnaire's progress.
dimension-steps-label = Fortschritt im Fragebogen
dimension-steps-count = Dimension { $current } von { $total }

## What is still unanswered.
unanswered-heading = Noch unbeantwortet
unanswered-not-rated = { $count ->
        [one] { $count } Aussage nicht bewertet
       *[other] { $count } Aussagen nicht bewertet
    }

## The promotion criteria as a checklist; $criterion is the criterion's name.
criteria-checklist-met = { $criterion }: Erfüllt.
criteria-checklist-missing = { $criterion }: Fehlt.
criteria-checklist-to-check = { $criterion }: Zu prüfen.

## A whole-number field.
number-field-invalid = Gib eine ganze Zahl von { $min } bis { $max } ein. Bis dahin bleibt die Antwort { $value }.
# $typed is what was typed, cut to 12 characters.
number-field-reverted = „{ $typed }“ ist keine ganze Zahl von { $min } bis { $max }, daher bleibt die Antwort { $value }.

## A statement's examples, folded beneath it.
statement-examples = { $count ->
        [one] Ein Beispiel
       *[other] { $count } Beispiele
    }

# The key that answers "Not sure" on the questionnaire (shown beside the answer; typing it answers).
rating-key-not-sure = N
