# Ladder's people sentences.

## Warum sich ein geteilter Link nicht öffnen lässt (ShareError), als Satz nach
## „Der Link ist nicht lesbar:“.
share-error-too-long = Er ist { $chars } Zeichen lang, länger als jede geteilte Selbsteinschätzung ({ $most })
share-error-unknown-kind = Er beginnt mit „{ $found }“, und das ist keine geteilte Selbsteinschätzung, die diese Version von Ladder lesen kann
share-error-damaged = Er wurde unterwegs gekürzt oder verändert: Seine Prüfsumme passt nicht zu seinem Inhalt
share-error-malformed = { $field ->
        [header] Sein Kopfteil ist nicht lesbar
        [framework] Die Angabe des Karriererahmens ist nicht lesbar
        [framework-version] Die Version des Karriererahmens ist nicht lesbar
        [date] Sein Datum ist nicht lesbar
        [start-month] Sein Startmonat ist nicht lesbar
        [criteria] Seine Kriterien sind nicht lesbar
        [answers] Seine Antworten sind nicht lesbar
        [role] Seine Rolle ist nicht lesbar
        [note] Seine Notiz ist nicht lesbar
       *[other] Ein Teil davon ist nicht lesbar
    }
share-error-unknown-level = Er nennt die Stufe „{ $id }“, die es in diesem Karriererahmen nicht gibt
share-error-repeated = { $field ->
        [statement] Er enthält die Aussage „{ $id }“ mehr als einmal
        [group] Er enthält die Gruppe von Aussagen „{ $id }“ mehr als einmal
        [criteria-question] Er enthält die Kriterienfrage „{ $id }“ mehr als einmal
        [dimension] Er enthält die Dimension „{ $id }“ mehr als einmal
       *[other] Er enthält „{ $id }“ mehr als einmal
    }
share-error-too-many-answers = { $count ->
        [one] Er enthält { $count } Antwort, mehr als eine Selbsteinschätzung in diesem Karriererahmen haben kann ({ $most })
       *[other] Er enthält { $count } Antworten, mehr als eine Selbsteinschätzung in diesem Karriererahmen haben kann ({ $most })
    }

link-problem-back = Zurück zu allen Stufen

role-builder-heading = Erwartungen an eine Rolle senden
role-builder-lead = Wähle die Stufe, markiere die Dimensionen, auf die es bei dieser Rolle am meisten ankommt, und füge bei Bedarf eine kurze Notiz hinzu. Der Link für Kandidat:innen zeigt die Erwartungen der Rolle, deine markierten Dimensionen zuerst.
role-builder-level = Stufe der Rolle
role-builder-dimensions = Dimensionen, auf die es bei dieser Rolle am meisten ankommt
role-builder-note = Eine Notiz für Kandidat:innen (optional, reiner Text)
role-builder-note-too-long = Die Notiz hat { $length } Zeichen; eine Notiz darf höchstens { $most } haben. Kürze sie, um den Link zu erstellen.
role-builder-note-length = { $length } von { $most } Zeichen. Die Notiz wird so angezeigt, wie sie geschrieben ist, ohne Formatierung.
role-builder-make-link = Link für Kandidat:innen erstellen
role-builder-link = Link für Kandidat:innen
role-builder-link-sentence = Alle, die diesen Link haben, können die Erwartungen an die Rolle und deine Notiz lesen; nichts wird hochgeladen.

role-heading = Was diese Rolle erwartet
role-heading-level = Was diese Rolle erwartet: { $level }
role-broken = Dieser Link zu einer Rolle lässt sich nicht öffnen
role-broken-reason = Der Link ist nicht lesbar: { $reason }. Frag nach einem neuen.
role-note = Notiz der einstellenden Führungskraft
role-hint = Du kannst dich bei jeder Aussage selbst einschätzen und deine Sicht an die einstellende Führungskraft zurückschicken; deine Antworten bleiben auf dieser Seite, bis du das tust.
role-matters-most = · bei dieser Rolle besonders wichtig
role-send-back = Meine Sicht zurückschicken
role-answers-link = Link mit deiner Sicht
role-answers-link-sentence = Schick diesen Link an die einstellende Führungskraft. Alle, die ihn haben, können deine Antworten lesen; nichts wird hochgeladen.

role-view-other-level = Diese Antworten beziehen sich auf eine andere Stufe als die der Rolle.
role-view-broken = Die Antworten der Kandidat:in lassen sich nicht öffnen
role-view-broken-reason = Der Link ist nicht lesbar: { $reason }. Bitte darum, ihn noch einmal zu schicken.
role-view-heading = Die Sicht der Kandidat:in auf { $level }
role-view-answered-on = Beantwortet am { $date }. Die eigenen Bewertungen der Kandidat:in, gemessen an den Erwartungen der Rolle; markierte Dimensionen zuerst.
role-view-table = Die Sicht der Kandidat:in nach Dimension (seitlich scrollbar)
role-view-caption = Die Rolle und die Sicht der Kandidat:in, Dimension für Dimension
role-view-dimension = Dimension
role-view-for-role = Für diese Rolle
role-view-candidate = Sicht der Kandidat:in
role-view-matters-most = Besonders wichtig
role-view-expected = Erwartet
role-view-readiness = { $readiness } ({ $answered } von { $total ->
        [one] { $total } Aussage
       *[other] { $total } Aussagen
    })

find-heading = Meine Stufe finden
find-heading-candidate = Kandidat:in einstufen
find-lead = Eine Frage pro Dimension: Wähle die Stufe, deren Beschreibung am besten zu deiner heutigen Arbeit passt. { $rule }
find-lead-candidate = Eine Frage pro Dimension: Wähle die Stufe, deren Beschreibung am besten zur heutigen Arbeit der Kandidat:in passt. { $rule }
find-switch-to-self = Willst du dich stattdessen selbst einstufen?
find-switch-to-candidate = Willst du stattdessen eine Kandidat:in einstufen?
find-other-version = Diese Auswahl wurde mit { $other } getroffen, hier gilt { $this }. Die Stufen werden über ihre Codes zugeordnet.
find-track = Laufbahn
find-dimensions = Dimensionen
find-step = Dimension { $step } von { $total }
find-question = { $dimension }: Was beschreibt deine heutige Arbeit am besten?
find-question-candidate = { $dimension }: Was beschreibt die heutige Arbeit der Kandidat:in am besten?
find-all-statements = Alle { $count ->
        [one] { $count } Aussage
       *[other] { $count } Aussagen
    } für { $level }
find-previous = ← Vorherige Dimension
find-next = Nächste Dimension →
find-result = Ergebnis
find-result-candidate = Wo die Kandidat:in landen könnte
find-overall = Gesamtstufe: { $level }
find-overall-typical = Gesamtstufe: { $level }; typische Stufe: { $typical }
find-every-answer = Alle Antworten weisen auf { $level }
find-range = Von { $lowest } bis { $highest }
find-why = Warum: Der Karriererahmen stuft auf der niedrigsten gewählten Stufe ein. { $count ->
        [1] Diese Dimension liegt
       *[other] Diese Dimensionen liegen
    } bei { $level }: { $dimensions }.
find-why-stronger = Warum: Der Karriererahmen stuft auf der niedrigsten gewählten Stufe ein. { $count ->
        [1] Diese Dimension liegt
       *[other] Diese Dimensionen liegen
    } bei { $level }: { $dimensions }. Stärker: { $stronger }.
find-incomplete = { $answered } von { $total ->
        [one] { $total } Dimension
       *[other] { $total } Dimensionen
    } beantwortet: Das Ergebnis kann sich noch ändern.
find-per-dimension = { $dimension }: { $level }
find-per-dimension-none = { $dimension }: nicht beantwortet
find-read-level = Lesen, was { $level } erwartet
find-what-changes = Was sich bei { $level } ändert
find-answer-first = Beantworte mindestens eine Dimension, um zu sehen, wo du landen könntest.
find-answer-first-candidate = Beantworte mindestens eine Dimension, um zu sehen, wo die Kandidat:in landen könnte.

opinion-title = Zweite Meinung · Selbsteinschätzung
opinion-broken = Diese zweite Meinung lässt sich nicht öffnen
opinion-broken-reason = Der Link ist nicht lesbar: { $reason }. Bitte darum, ihn noch einmal zu schicken.
opinion-mismatch-heading = Eine zweite Meinung
opinion-mismatch = Diese zweite Meinung misst dich an { $other }, deine eigene Selbsteinschätzung in diesem Browser zielt aber auf { $own }.
opinion-mismatch-link = Wähle dieselben Stufen, um beide Sichten nebeneinander zu sehen.
opinion-ready = Bereit für { $level }
opinion-not-ready = Noch nicht bereit für { $level }
opinion-ready-count = { $ready } von { $total }
opinion-heading = Deine Sicht und eine zweite Meinung: { $current } → { $target }
opinion-table = Beide Sichten nach Dimension (seitlich scrollbar)
opinion-caption = Bereitschaft nach Dimension, beide Sichten
opinion-dimension = Dimension
opinion-you = Du
opinion-other = Zweite Meinung
opinion-verdict = Gesamtergebnis
opinion-dimensions-ready = Bereite Dimensionen
opinion-by-statement = Aussage für Aussage
opinion-talk-count = { $count ->
        [one] { $count } Aussage liegt zwei oder mehr Schritte auseinander; über sie solltet ihr zuerst sprechen.
       *[other] { $count } Aussagen liegen zwei oder mehr Schritte auseinander; über sie solltet ihr zuerst sprechen.
    }
opinion-talk-about = Zum Besprechen:
opinion-answers = — du: { $own }; zweite Meinung: { $other }
opinion-back = ← Dein Bericht

shared-title = Mit dir geteilt · Selbsteinschätzung
shared-broken = Dieser geteilte Link lässt sich nicht öffnen
shared-broken-reason = Der Link zu einer geteilten Selbsteinschätzung ist nicht lesbar: { $reason }. Bitte die Person, die ihn geschickt hat, um einen neuen.
shared-unknown-levels = Diese geteilte Selbsteinschätzung nennt Stufen, die es in diesem Karriererahmen nicht gibt.
shared-banner = Mit dir geteilt: erstellt am { $date } mit { $framework } (Version { $version })
shared-heading = Geteilter Bericht: { $current } → { $target }
shared-read-only = Nur zum Lesen: Dies ist die Selbsteinschätzung einer anderen Person. Sie enthält keinen Namen und keine Notizen.
shared-read-only-other-version = Nur zum Lesen: Dies ist die Selbsteinschätzung einer anderen Person. Sie enthält keinen Namen und keine Notizen. Sie wurde mit { $framework } (Version { $version }) erstellt; die Antworten werden dieser Version über die IDs der Aussagen zugeordnet.
shared-no-longer-apply = { $count ->
        [one] { $count } Antwort gilt nicht mehr, weil diese Version des Karriererahmens die zugehörige Aussage nicht mehr enthält: { $ids }.
       *[other] { $count } Antworten gelten nicht mehr, weil diese Version des Karriererahmens die zugehörigen Aussagen nicht mehr enthält: { $ids }.
    }
shared-replace = Deine Antworten ersetzen?
shared-replace-question = Die Antworten, die du in diesem Browser hast, durch diese geteilte Selbsteinschätzung ersetzen? Das lässt sich nicht rückgängig machen.
shared-replace-yes = Ja, als eigene übernehmen
shared-keep = Meine Antworten behalten
shared-make-own = Als eigene übernehmen

rate-title = Jemanden einschätzen · Zweite Meinung
rate-broken = Diese Bitte um eine zweite Meinung lässt sich nicht öffnen
rate-broken-reason = Der Link ist nicht lesbar: { $reason }. Bitte die Person, die ihn geschickt hat, um einen neuen.
rate-heading = Eine zweite Meinung
rate-lead = Eine Person auf der Stufe { $current } fragt, wie du ihre Arbeit gemessen an der Stufe { $target } siehst. Schätze bei jeder Aussage diese Person ein, nicht dich selbst. Deine Antworten bleiben auf dieser Seite, bis du sie als Link zurückschickst; deine eigene Selbsteinschätzung bleibt davon unberührt.
rate-send = Meine Antworten zurückschicken
rate-answered = { $answered } von { $total ->
        [one] { $total } Aussage
       *[other] { $total } Aussagen
    } beantwortet.
rate-link = Link mit deinen Antworten
rate-link-sentence = Schick diesen Link an die Person zurück, die gefragt hat. Alle, die ihn haben, können deine Antworten lesen; nichts wird hochgeladen.
