# Ladder's app sentences.

## Why something could not be read (saved answers, an opened file, kept history, the framework's files).
problem-storage-unknown-version = Sie liegen in keinem Format vor, das diese Version von Ladder lesen kann („{ $first_line }“)
problem-storage-malformed = Zeile { $line } ist beschädigt: { $reason }
problem-storage-missing = Die Zeile „{ $key }“ fehlt
problem-storage-unknown-level = Sie verweisen auf die Stufe { $id }, die es in diesem Karriererahmen nicht gibt
problem-storage-too-large = Sie belegen { $bytes } Bytes, mehr als die { $max }, die eine gespeicherte Selbsteinschätzung je braucht
problem-storage-truncated = Sie enden in Zeile { $line } ohne vollständige Schlusszeile, wurden also abgeschnitten
problem-history-too-large = Der Verlauf belegt { $bytes } Bytes, mehr als die { $max }, die ein Verlauf je braucht
problem-history-unknown-version = Der Verlauf liegt in keinem Format vor, das diese Version von Ladder lesen kann
problem-history-malformed = Zeile { $line } ist beschädigt
problem-history-truncated = Der Verlauf wurde abgeschnitten
problem-history-too-many = Der Verlauf enthält { $count } Momentaufnahmen, mehr als die { $max }, die gespeichert werden können
problem-json-syntax = Die Datei ist in Zeile { $line }, Spalte { $column } kein gültiges JSON: { $message }
problem-json-shape = { $path }: { $message } (Zeile { $line }, Spalte { $column })
problem-json-duplicate-key = { $path } kommt im selben Objekt zweimal vor; behalte nur einen der beiden Einträge
problem-file-too-large = Die Datei hat { $bytes } Bytes, mehr als die { $max }, die eine gespeicherte Selbsteinschätzung haben kann
problem-file-not-an-assessment = $.format ist "{ $format }", es ist also keine Selbsteinschätzung aus Ladder
problem-file-newer-version = $.version ist { $version }: Die Datei stammt aus einer neueren Version von Ladder, die diese nicht lesen kann
problem-file-invalid = { $path }: { $reason }
problem-file-unknown-level = { $path }: Dieser Karriererahmen hat keine Stufe „{ $id }“
problem-decode-empty = { $file }: Die Datei ist leer
problem-decode-wrong-format = { $file }: Die Datei liegt im Format { $found } vor, diese Version von Ladder liest aber Format { $expected }: Veröffentliche die Website erneut (scripts/build.sh)
problem-decode-malformed = { $file }: Die Datei ist beschädigt: { $reason }
problem-decode-mismatch = { $file }: Die Datei gehört zu { $details }, die Seite zeigt aber { $outline }: Lade die Seite neu; wenn das Problem bestehen bleibt, veröffentliche die Website erneut (scripts/build.sh)
problem-decode-invalid = { $file }: { $count ->
        [one] { $count } Problem im Karriererahmen:
       *[other] { $count } Probleme im Karriererahmen:
    }
    { $problems }
problem-download = { $file } konnte nicht heruntergeladen werden ({ $reason }). Lade die Seite neu; wenn das Problem bestehen bleibt, wurde die Website ohne diese Datei veröffentlicht.
problem-download-no-window = kein Browserfenster
problem-download-network = die Netzwerkanfrage ist fehlgeschlagen
problem-download-not-http = die Antwort war keine HTTP-Antwort
problem-download-status = der Server antwortete mit { $status }
problem-download-no-body = die Antwort hatte keinen Inhalt
problem-download-interrupted = der Download wurde unterbrochen
problem-download-not-utf8 = der Inhalt ist kein UTF-8-Text

## The app shell.
page-title = { $title } · Ladder
app-loading = Karriererahmen wird geladen …
app-skip-to-content = Zum Inhalt springen
app-details-missing-heading = Diese Ansicht braucht die Details des Karriererahmens, die nicht geladen werden konnten
app-details-missing-hint = Deine Stufen kannst du trotzdem wählen; deine Antworten bleiben erhalten.
framework-errors-heading = Dieser Karriererahmen konnte nicht geladen werden
framework-errors-found = Ladder hat { $count ->
        [one] { $count } Problem
       *[other] { $count } Probleme
    } gefunden. Jede Zeile nennt die Stelle und den Fehler.

## What happened to the answers kept in this tab or on this device. $place is "device" or "tab".
storage-not-kept = Nicht { $place ->
        [device] auf diesem Gerät
       *[tab] in diesem Tab
    } gespeichert: { $not_kept }. Der Browser hat das Speichern verweigert (sein Speicher ist vermutlich voll). Alles ist noch auf dieser Seite, aber beim Neuladen ginge verloren, was nicht gespeichert wurde: Lade deine Antworten herunter, um sie zu behalten.
storage-conflict-changed = Ein anderer Tab hat die { $place ->
        [device] auf diesem Gerät
       *[tab] in diesem Tab
    } gespeicherten Antworten geändert, seit dieser Tab zuletzt gespeichert hat, daher wurden sie nicht mit der Änderung dieses Tabs überschrieben. Noch nicht gespeichert: { $not_kept }. Wähle, wessen Antworten du behalten willst.
storage-conflict-removed = Ein anderer Tab hat die { $place ->
        [device] auf diesem Gerät
       *[tab] in diesem Tab
    } gespeicherten Antworten entfernt oder in einer Form geschrieben, die dieser Tab nicht lesen kann, seit dieser Tab zuletzt gespeichert hat. Noch nicht gespeichert: { $not_kept }. Wähle, wessen Antworten du behalten willst.
storage-download-answers = Deine Antworten herunterladen
storage-download-mine = Die Antworten dieses Tabs herunterladen
storage-use-theirs = Die Antworten des anderen Tabs übernehmen
storage-start-afresh = Wie der andere Tab von vorn anfangen
storage-keep-mine = Die Antworten dieses Tabs behalten
storage-show-remembered = Die gemerkten Antworten hier anzeigen
storage-keep-mine-in-tab = Die Antworten dieses Tabs in diesem Tab behalten
storage-dismiss = Schließen
storage-download-unreadable = Die unlesbaren Antworten herunterladen
storage-discard-unreadable = Verwerfen und neue Antworten speichern
storage-download-answers-file = ladder-antworten.txt
storage-download-unreadable-file = ladder-unlesbare-antworten.txt

## Remember on this device.
remember-heading = Deine Antworten speichern
remember-label = Auf diesem Gerät merken
remember-hint-on = An: Deine Antworten, dein Name und gespeicherte Berichte bleiben im lokalen Speicher dieses Browsers auf diesem Gerät, auch wenn du ihn schließt, bis du sie vergessen lässt. Nichts wird irgendwohin gesendet.
remember-hint-off = Aus: Deine Antworten bleiben nur in diesem Tab und sind weg, sobald du ihn schließt; dein Name wird nicht gespeichert. Nichts wird irgendwohin gesendet.
remember-forget-group = Alles auf diesem Gerät vergessen?
remember-forget-confirm = Alle Antworten, Namen und gespeicherten Berichte vergessen, die Ladder auf diesem Gerät und in diesem Tab gespeichert hat? Das lässt sich nicht rückgängig machen.
remember-forget-yes = Ja, alles vergessen
remember-forget-keep = Behalten
remember-forget = Alles auf diesem Gerät vergessen
remember-forgotten = Erledigt: Ladder hat jetzt nichts mehr auf diesem Gerät gespeichert.

## Opening a saved assessment file; $file is the file's name.
open-heading = Gespeicherte Selbsteinschätzung öffnen
open-choose-file = Wähle eine Datei, die mit „Als Datei speichern“ erstellt wurde
open-drop-hint = Oder zieh sie hierher. Sie wird in diesem Browser gelesen; nichts wird hochgeladen.
open-failed = „{ $file }“ konnte nicht geöffnet werden: { $problem }. Es wurde nichts geändert.
open-unreadable = „{ $file }“ konnte nicht gelesen werden. Es wurde nichts geändert.
open-not-yet = „{ $file }“ wurde noch nicht geöffnet: Die Details des Karriererahmens werden noch heruntergeladen. Versuch es gleich noch einmal; es wurde nichts geändert.
open-done = „{ $file }“ geöffnet.
open-see-report = Zum Bericht
open-confirm = Die Datei „{ $file }“ wurde am { $date } gespeichert ({ $current } → { $target }). Wenn du sie öffnest, ersetzt sie { $count ->
        [one] die { $count } Antwort
       *[other] die { $count } Antworten
    }, die du auf dieser Seite hast.
open-replace = Meine Antworten ersetzen
open-keep = Meine aktuellen Antworten behalten
open-made-against = { $framework } (Version { $version })
opened-file-heading = Aus der geöffneten Datei
opened-file-saved = „{ $file }“ wurde am { $date } mit { $made_against } gespeichert.
opened-file-new-statements = { $count ->
        [one] { $count } seitdem neue Aussage, noch unbeantwortet
       *[other] { $count } seitdem neue Aussagen, noch unbeantwortet
    }
opened-file-no-longer-apply = { $count ->
        [one] { $count } Antwort gilt nicht mehr, weil diese Version des Karriererahmens sie nicht mehr enthält: { $items }.
       *[other] { $count } Antworten gelten nicht mehr, weil diese Version des Karriererahmens sie nicht mehr enthält: { $items }.
    }
