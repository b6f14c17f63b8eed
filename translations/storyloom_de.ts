<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AskPass</name>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Git needs your credentials</source>
        <translation>Git benötigt Ihre Zugangsdaten</translation>
    </message>
    <message>
        <source>Unknown SSH Server</source>
        <translation>Unbekannter SSH-Server</translation>
    </message>
    <message>
        <source>This computer has not connected to this SSH server before. Connect only if the fingerprint below is the one the server&apos;s owner gives you.</source>
        <translation>Dieser Computer war noch nie mit diesem SSH-Server verbunden. Verbinden Sie sich nur, wenn der Fingerabdruck unten der ist, den Ihnen der Betreiber des Servers nennt.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
</context>
<context>
    <name>CommitMessage</name>
    <message numerus="yes">
        <source>; and %n more</source>
        <translation>
            <numerusform>; und %n weitere</numerusform>
            <numerusform>; und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoverageMatrixWriter</name>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
</context>
<context>
    <name>FileMarks</name>
    <message>
        <source>New: not synced yet</source>
        <translation>Neu: noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Modified since the last sync</source>
        <translation>Seit der letzten Synchronisierung geändert</translation>
    </message>
    <message>
        <source>Conflicted: changed on both sides, choose what to keep</source>
        <translation>Konflikt: auf beiden Seiten geändert, wählen Sie, was bleiben soll</translation>
    </message>
</context>
<context>
    <name>GraphLayout</name>
    <message>
        <source>Layout: node “%1” given twice; the second is ignored</source>
        <translation>Layout: Knoten „%1“ ist doppelt angegeben; der zweite wird ignoriert</translation>
    </message>
    <message>
        <source>Layout: edge %1 → %2 names an unknown node; ignored</source>
        <translation>Layout: Kante %1 → %2 nennt einen unbekannten Knoten; ignoriert</translation>
    </message>
    <message>
        <source>Graphviz %1: %2</source>
        <translation>Graphviz %1: %2</translation>
    </message>
    <message>
        <source>Graphviz could not lay out the graph with %1</source>
        <translation>Graphviz konnte den Graphen nicht mit %1 anordnen</translation>
    </message>
</context>
<context>
    <name>IndexDatabase</name>
    <message>
        <source>the index was not a database</source>
        <translation>der Index war keine Datenbank</translation>
    </message>
    <message>
        <source>cannot open the index %1: %2</source>
        <translation>der Index %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>the index was written by another version of Storyloom (schema %1)</source>
        <translation>der Index wurde von einer anderen Version von Storyloom geschrieben (Schema %1)</translation>
    </message>
    <message>
        <source>the index failed its integrity check</source>
        <translation>der Index hat die Integritätsprüfung nicht bestanden</translation>
    </message>
    <message>
        <source>cannot prepare the index %1: %2</source>
        <translation>der Index %1 kann nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <source>The index was rebuilt (%1).</source>
        <translation>Der Index wurde neu aufgebaut (%1).</translation>
    </message>
    <message>
        <source>cannot create the index %1</source>
        <translation>der Index %1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>Indexer</name>
    <message>
        <source>The index was damaged; it is being rebuilt.</source>
        <translation>Der Index war beschädigt; er wird neu aufgebaut.</translation>
    </message>
    <message>
        <source>the index is busy or read-only (%1); it was not updated</source>
        <translation>der Index ist belegt oder schreibgeschützt (%1); er wurde nicht aktualisiert</translation>
    </message>
</context>
<context>
    <name>MetadataTableWriter</name>
    <message>
        <source>a metadata table holds no progress; add it to the page&apos;s front matter</source>
        <translation>eine Metadatentabelle enthält keinen Fortschritt; tragen Sie ihn im Front Matter der Seite ein</translation>
    </message>
    <message>
        <source>a metadata table holds no parent goal; move the page instead</source>
        <translation>eine Metadatentabelle enthält kein übergeordnetes Ziel; verschieben Sie stattdessen die Seite</translation>
    </message>
    <message>
        <source>the metadata table has no state row</source>
        <translation>die Metadatentabelle hat keine Zeile für den Status</translation>
    </message>
    <message>
        <source>the metadata table has no owner row</source>
        <translation>die Metadatentabelle hat keine Zeile für die Verantwortlichen</translation>
    </message>
</context>
<context>
    <name>RepositorySetup</name>
    <message>
        <source>Start versioning the vision document</source>
        <translation>Versionierung des Visionsdokuments beginnen</translation>
    </message>
</context>
<context>
    <name>SearchBuilder</name>
    <message>
        <source>the index has no search table</source>
        <translation>der Index hat keine Suchtabelle</translation>
    </message>
    <message>
        <source>the search index could not be built: %1</source>
        <translation>der Suchindex konnte nicht aufgebaut werden: %1</translation>
    </message>
    <message>
        <source>the search index could not be copied: %1</source>
        <translation>der Suchindex konnte nicht übernommen werden: %1</translation>
    </message>
</context>
<context>
    <name>Searcher</name>
    <message>
        <source>invalid search query “%1”: %2</source>
        <translation>ungültige Suchanfrage „%1“: %2</translation>
    </message>
    <message>
        <source>search failed: %1</source>
        <translation>Suche fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>StoryMapBox</name>
    <message numerus="yes">
        <source>%n entities; click to unfold</source>
        <translation>
            <numerusform>%n Element; zum Aufklappen klicken</numerusform>
            <numerusform>%n Elemente; zum Aufklappen klicken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entities; click to fold</source>
        <translation>
            <numerusform>%n Element; zum Zuklappen klicken</numerusform>
            <numerusform>%n Elemente; zum Zuklappen klicken</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Report problems in a project, one a line as path:line:col: severity: message.</source>
        <translation>Meldet Probleme in einem Projekt, eines pro Zeile als Pfad:Zeile:Spalte: Schweregrad: Meldung.</translation>
    </message>
    <message>
        <source>report gaps instead: pain points no goal addresses, characters in no story…</source>
        <translation>stattdessen Lücken melden: Schmerzpunkte, die kein Ziel angeht, Figuren ohne Geschichte …</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>maschinenlesbare Ausgabe</translation>
    </message>
    <message>
        <source>the project&apos;s folder</source>
        <translation>der Ordner des Projekts</translation>
    </message>
    <message>
        <source>wrong number of arguments</source>
        <translation>falsche Anzahl von Argumenten</translation>
    </message>
    <message>
        <source>storyloom-cli: %1: no such folder</source>
        <translation>storyloom-cli: %1: Ordner existiert nicht</translation>
    </message>
    <message>
        <source>storyloom-cli: %1: not a folder (give the project&apos;s folder)</source>
        <translation>storyloom-cli: %1: kein Ordner (geben Sie den Ordner des Projekts an)</translation>
    </message>
    <message numerus="yes">
        <source>%n gap(s)</source>
        <translation>
            <numerusform>%n Lücke</numerusform>
            <numerusform>%n Lücken</numerusform>
        </translation>
    </message>
    <message>
        <source>Build or refresh a project&apos;s search index (kept in the user&apos;s cache folder, never in the project).</source>
        <translation>Baut den Suchindex eines Projekts auf oder frischt ihn auf (er liegt im Cache-Ordner des Benutzers, nie im Projekt).</translation>
    </message>
    <message>
        <source>%1 files read, %2 skipped (unchanged), %3 removed; %4 entities; %5 ms</source>
        <translation>%1 Dateien gelesen, %2 übersprungen (unverändert), %3 entfernt; %4 Elemente; %5 ms</translation>
    </message>
    <message>
        <source>index: %1</source>
        <translation>Index: %1</translation>
    </message>
    <message>
        <source>List a project&apos;s entities.</source>
        <translation>Listet die Elemente eines Projekts auf.</translation>
    </message>
    <message>
        <source>only entities of this type</source>
        <translation>nur Elemente dieses Typs</translation>
    </message>
    <message>
        <source>storyloom-cli list: unknown type &apos;%1&apos;</source>
        <translation>storyloom-cli list: unbekannter Typ &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Usage: storyloom-cli COMMAND [OPTIONS] PROJECT ...</source>
        <translation>Aufruf: storyloom-cli BEFEHL [OPTIONEN] PROJEKT …</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>diese Hilfe anzeigen</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>die Version anzeigen</translation>
    </message>
    <message>
        <source>Run &apos;storyloom-cli COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>Die Optionen eines Befehls zeigt &apos;storyloom-cli BEFEHL --help&apos;.</translation>
    </message>
    <message>
        <source>storyloom-cli: unknown command &apos;%1&apos;</source>
        <translation>storyloom-cli: unbekannter Befehl &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Write the preview HTML of one entity to stdout (the pipeline the editor&apos;s preview uses).</source>
        <translation>Schreibt das Vorschau-HTML eines Elements auf die Standardausgabe (derselbe Weg wie die Vorschau im Editor).</translation>
    </message>
    <message>
        <source>a complete HTML document with the style sheet</source>
        <translation>ein vollständiges HTML-Dokument mit Stylesheet</translation>
    </message>
    <message>
        <source>use the dark colours</source>
        <translation>die dunklen Farben verwenden</translation>
    </message>
    <message>
        <source>leave out the source-line anchors</source>
        <translation>die Anker für Quelltextzeilen weglassen</translation>
    </message>
    <message>
        <source>an entity id, or a file&apos;s path (relative to the project or absolute)</source>
        <translation>eine Element-ID oder der Pfad einer Datei (relativ zum Projekt oder absolut)</translation>
    </message>
    <message>
        <source>storyloom-cli render: %1: no such entity or file</source>
        <translation>storyloom-cli render: %1: kein solches Element und keine solche Datei</translation>
    </message>
    <message>
        <source>storyloom-cli render: %1: %2</source>
        <translation>storyloom-cli render: %1: %2</translation>
    </message>
    <message>
        <source>Search a project&apos;s text, best matches first. QUERY uses FTS5 syntax: words, &quot;phrases&quot;, AND / OR / NOT, NEAR(a b), prefix*, title:word.</source>
        <translation>Durchsucht den Text eines Projekts, beste Treffer zuerst. ANFRAGE folgt der FTS5-Syntax: Wörter, &quot;Phrasen&quot;, AND / OR / NOT, NEAR(a b), Präfix*, title:Wort.</translation>
    </message>
    <message>
        <source>only stories of this kind (status-quo, shiny-future)</source>
        <translation>nur Geschichten dieser Art (status-quo, shiny-future)</translation>
    </message>
    <message>
        <source>at most N hits (default 20)</source>
        <translation>höchstens N Treffer (Vorgabe 20)</translation>
    </message>
    <message>
        <source>search the index as it is, without reading changed files first</source>
        <translation>den Index so durchsuchen, wie er ist, ohne geänderte Dateien vorher zu lesen</translation>
    </message>
    <message>
        <source>what to look for</source>
        <translation>wonach gesucht wird</translation>
    </message>
    <message>
        <source>storyloom-cli search: --limit needs a positive number</source>
        <translation>storyloom-cli search: --limit braucht eine positive Zahl</translation>
    </message>
    <message>
        <source>storyloom-cli search: unknown type &apos;%1&apos;</source>
        <translation>storyloom-cli search: unbekannter Typ &apos;%1&apos;</translation>
    </message>
    <message>
        <source>storyloom-cli search: unknown story kind &apos;%1&apos;</source>
        <translation>storyloom-cli search: unbekannte Art von Geschichte &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no matches</source>
        <translation>keine Treffer</translation>
    </message>
    <message>
        <source>Count a project&apos;s entities, stories and relations.</source>
        <translation>Zählt die Elemente, Geschichten und Beziehungen eines Projekts.</translation>
    </message>
    <message>
        <source>Relations: %1, errors: %2, warnings: %3</source>
        <translation>Beziehungen: %1, Fehler: %2, Warnungen: %3</translation>
    </message>
    <message>
        <source>report problems in a project (and gaps with --gaps)</source>
        <translation>Probleme in einem Projekt melden (und mit --gaps Lücken)</translation>
    </message>
    <message>
        <source>count entities and relations</source>
        <translation>Elemente und Beziehungen zählen</translation>
    </message>
    <message>
        <source>list entities with their attributes and relations</source>
        <translation>Elemente mit ihren Attributen und Beziehungen auflisten</translation>
    </message>
    <message>
        <source>full-text search</source>
        <translation>Volltextsuche</translation>
    </message>
    <message>
        <source>build or refresh the project&apos;s index</source>
        <translation>den Index des Projekts aufbauen oder auffrischen</translation>
    </message>
    <message>
        <source>write an entity&apos;s preview HTML</source>
        <translation>das Vorschau-HTML eines Elements schreiben</translation>
    </message>
    <message>
        <source>export roadmap and graph diagrams</source>
        <translation>Roadmap- und Graphdiagramme exportieren</translation>
    </message>
    <message>
        <source>commit, merge and push the content folder</source>
        <translation>den Inhaltsordner committen, zusammenführen und pushen</translation>
    </message>
    <message numerus="yes">
        <source>storyloom-cli sync: %n file(s) changed on both sides; resolve them in Storyloom (or take one side with Git), then sync again, or run `storyloom-cli sync --abort PROJECT` to go back.</source>
        <translation>
            <numerusform>storyloom-cli sync: %n Datei wurde auf beiden Seiten geändert; lösen Sie den Konflikt in Storyloom (oder übernehmen Sie mit Git eine Seite) und synchronisieren Sie erneut, oder kehren Sie mit `storyloom-cli sync --abort PROJEKT` zurück.</numerusform>
            <numerusform>storyloom-cli sync: %n Dateien wurden auf beiden Seiten geändert; lösen Sie die Konflikte in Storyloom (oder übernehmen Sie mit Git eine Seite) und synchronisieren Sie erneut, oder kehren Sie mit `storyloom-cli sync --abort PROJEKT` zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>check the whole database&apos;s integrity first (reads all of it; damage found while reading is always repaired)</source>
        <translation>zuerst die Integrität der ganzen Datenbank prüfen (liest sie ganz; Schäden, die beim Lesen auffallen, werden immer behoben)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names %2 entities; give one of these ids:</source>
        <translation>„%1“ bezeichnet %2 Elemente; geben Sie eine dieser IDs an:</translation>
    </message>
    <message>
        <source>no %1 named &apos;%2&apos; (give its id, the id&apos;s last part or its title)</source>
        <translation>kein Element vom Typ „%1“ namens „%2“ (geben Sie seine ID, den letzten Teil der ID oder seinen Titel an)</translation>
    </message>
    <message>
        <source>no entity named &apos;%1&apos; (give its id, the id&apos;s last part or its title)</source>
        <translation>kein Element namens „%1“ (geben Sie seine ID, den letzten Teil der ID oder seinen Titel an)</translation>
    </message>
    <message>
        <source>suggest relations from the text (goals for pain points)</source>
        <translation>Beziehungen aus dem Text vorschlagen (Ziele für Schmerzpunkte)</translation>
    </message>
    <message>
        <source>Suggest relations nobody wrote down, from the words two texts share: for each pain point the goals that may address it, for each status-quo story the shiny-future stories that may retell it. Pairs already related and pairs rejected in storyloom.yml or front matter are left out.</source>
        <translation>Schlägt Beziehungen vor, die niemand aufgeschrieben hat, anhand der Wörter, die zwei Texte teilen: für jeden Schmerzpunkt die Ziele, die ihn angehen könnten, für jede Status-quo-Geschichte die Geschichten einer glänzenden Zukunft, die sie neu erzählen könnten. Paare, die schon in Beziehung stehen, und in storyloom.yml oder im Front Matter abgelehnte Paare werden ausgelassen.</translation>
    </message>
    <message>
        <source>only suggestions scoring at least S, from 0 to 1 (default 0.1)</source>
        <translation>nur Vorschläge mit mindestens S Punkten, von 0 bis 1 (Standard 0.1)</translation>
    </message>
    <message>
        <source>at most N candidates for each pain point or story (default 3)</source>
        <translation>höchstens N Kandidaten je Schmerzpunkt oder Geschichte (Standard 3)</translation>
    </message>
    <message>
        <source>storyloom-cli suggest: --limit needs a positive number</source>
        <translation>storyloom-cli suggest: --limit braucht eine positive Zahl</translation>
    </message>
    <message>
        <source>storyloom-cli suggest: --min-score needs a number from 0 to 1</source>
        <translation>storyloom-cli suggest: --min-score braucht eine Zahl von 0 bis 1</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s)</source>
        <translation>
            <numerusform>%n Vorschlag</numerusform>
            <numerusform>%n Vorschläge</numerusform>
        </translation>
    </message>
    <message>
        <source>guess what each folder&apos;s pages are and print the guesses as rules</source>
        <translation>vermuten, was die Seiten jedes Ordners sind, und als Regeln ausgeben</translation>
    </message>
    <message>
        <source>Guess what the pages of each folder are (from the folders&apos; names, the pages&apos; headings, tables and links) and print the guesses as rules for storyloom.yml.</source>
        <translation>Vermutet, was die Seiten jedes Ordners sind (aus den Namen der Ordner, den Überschriften, Tabellen und Links der Seiten), und gibt die Vermutungen als Regeln für storyloom.yml aus.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Write and map vision documents.</source>
        <translation>Visionsdokumente schreiben und kartieren.</translation>
    </message>
    <message>
        <source>Render the main window to a PNG file and exit.</source>
        <translation>Das Hauptfenster als PNG-Datei speichern und beenden.</translation>
    </message>
    <message>
        <source>The project folder to open.</source>
        <translation>Der zu öffnende Projektordner.</translation>
    </message>
    <message>
        <source>With --screenshot: the window size in pixels at scale 1, as WIDTHxHEIGHT (default 1280x800).</source>
        <extracomment>WIDTHxHEIGHT stays as it is, e.g. 1280x800.</extracomment>
        <translation>Mit --screenshot: die Fenstergröße in Pixeln bei Skalierung 1, als WIDTHxHEIGHT (Standard: 1280x800).</translation>
    </message>
    <message>
        <source>storyloom: --size takes WIDTHxHEIGHT, e.g. 1280x800</source>
        <translation>storyloom: --size erwartet WIDTHxHEIGHT, z.&#xa0;B. 1280x800</translation>
    </message>
    <message>
        <source>The view to show first: editor, graph, roadmap or focus (the editor in focus mode).</source>
        <translation>Die zuerst gezeigte Ansicht: editor, graph, roadmap oder focus (der Editor im Fokusmodus).</translation>
    </message>
    <message>
        <source>Colours for this run: light, dark, high-contrast or system (the settings are not changed).</source>
        <extracomment>Keep the words light, dark, high-contrast and system untranslated: they are the option&apos;s values.</extracomment>
        <translation>Farben für diesen Start: light, dark, high-contrast oder system (die Einstellungen bleiben unverändert).</translation>
    </message>
    <message>
        <source>storyloom: --theme takes light, dark, high-contrast or system</source>
        <translation>storyloom: --theme erwartet light, dark, high-contrast oder system</translation>
    </message>
</context>
<context>
    <name>storyloom</name>
    <message>
        <source>Characters</source>
        <translation>Figuren</translation>
    </message>
    <message>
        <source>Character</source>
        <translation>Figur</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Geschichten</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Geschichte</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Schmerzpunkte</translation>
    </message>
    <message>
        <source>Pain point</source>
        <translation>Schmerzpunkt</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Status quo</source>
        <translation>Status quo</translation>
    </message>
    <message>
        <source>Shiny future</source>
        <translation>Glänzende Zukunft</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Help wanted</source>
        <translation>Hilfe gesucht</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>features</source>
        <translation>zeigt</translation>
    </message>
    <message>
        <source>exposes</source>
        <translation>deckt auf</translation>
    </message>
    <message>
        <source>prioritises</source>
        <translation>priorisiert</translation>
    </message>
    <message>
        <source>hurts</source>
        <translation>schadet</translation>
    </message>
    <message>
        <source>addresses</source>
        <translation>geht an</translation>
    </message>
    <message>
        <source>realises</source>
        <translation>verwirklicht</translation>
    </message>
    <message>
        <source>part of</source>
        <translation>Teil von</translation>
    </message>
    <message>
        <source>set in</source>
        <translation>spielt in</translation>
    </message>
    <message>
        <source>links to</source>
        <translation>verweist auf</translation>
    </message>
    <message>
        <source>front matter starts with &apos;---&apos; but never ends (no closing &apos;---&apos; line)</source>
        <translation>das Front Matter beginnt mit &apos;---&apos;, endet aber nie (keine schließende &apos;---&apos;-Zeile)</translation>
    </message>
    <message>
        <source>front matter must be a mapping of keys to values</source>
        <translation>das Front Matter muss eine Zuordnung von Schlüsseln zu Werten sein</translation>
    </message>
    <message>
        <source>front matter value of &apos;%1&apos; is too large or too deeply nested (more than %2 nodes after expanding aliases)</source>
        <translation>der Front-Matter-Wert von &apos;%1&apos; ist zu groß oder zu tief verschachtelt (mehr als %2 Knoten nach dem Auflösen der Aliase)</translation>
    </message>
    <message>
        <source>invalid YAML in front matter: %1</source>
        <translation>ungültiges YAML im Front Matter: %1</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text; invalid bytes are shown as � and the file is not written back</source>
        <translation>die Datei ist kein gültiger UTF-8-Text; ungültige Bytes werden als � angezeigt und die Datei wird nicht zurückgeschrieben</translation>
    </message>
    <message>
        <source>storyloom.yml must be a mapping (title:, content:, rules:)</source>
        <translation>storyloom.yml muss eine Zuordnung sein (title:, content:, rules:)</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in storyloom.yml</source>
        <translation>unbekannter Schlüssel &apos;%1&apos; in storyloom.yml</translation>
    </message>
    <message>
        <source>invalid YAML in storyloom.yml: %1</source>
        <translation>ungültiges YAML in storyloom.yml: %1</translation>
    </message>
    <message>
        <source>content folder &apos;%1&apos; is outside the project; ignored</source>
        <translation>der Inhaltsordner &apos;%1&apos; liegt außerhalb des Projekts; ignoriert</translation>
    </message>
    <message>
        <source>symbolic link points outside the project (or nowhere); not read</source>
        <translation>symbolischer Link zeigt aus dem Projekt hinaus (oder ins Leere); nicht gelesen</translation>
    </message>
    <message>
        <source>file name contains a line break; not read</source>
        <translation>Dateiname enthält einen Zeilenumbruch; nicht gelesen</translation>
    </message>
    <message>
        <source>file is too large to read (%1 MB; the limit is %2 MB)</source>
        <translation>Datei ist zu groß zum Lesen (%1 MB; die Grenze liegt bei %2 MB)</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>file looks binary (it contains NUL bytes); not read as Markdown</source>
        <translation>Datei sieht binär aus (sie enthält NUL-Bytes); nicht als Markdown gelesen</translation>
    </message>
    <message>
        <source>the file has no line %1</source>
        <translation>die Datei hat keine Zeile %1</translation>
    </message>
    <message>
        <source>the row is not valid UTF-8</source>
        <translation>die Zeile ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>line %1 is not a row of an overview table</source>
        <translation>Zeile %1 ist keine Zeile einer Übersichtstabelle</translation>
    </message>
    <message>
        <source>| Deliverable | State | Progress | Owner |</source>
        <translation>| Ergebnis | Zustand | Fortschritt | Verantwortlich |</translation>
    </message>
    <message>
        <source>only one of the roadmap table markers is there</source>
        <translation>nur eine der beiden Markierungen der Roadmap-Tabelle ist vorhanden</translation>
    </message>
    <message>
        <source>%1 roadmap</source>
        <translation>Roadmap %1</translation>
    </message>
    <message>
        <source>&apos;rules&apos; must be a list of rules</source>
        <translation>&apos;rules&apos; muss eine Liste von Regeln sein</translation>
    </message>
    <message>
        <source>a rule must be a mapping (glob:, type:, ...)</source>
        <translation>eine Regel muss eine Zuordnung sein (glob:, type:, …)</translation>
    </message>
    <message>
        <source>invalid heading pattern: %1</source>
        <translation>ungültiges Überschriftenmuster: %1</translation>
    </message>
    <message>
        <source>unknown entity type &apos;%1&apos;</source>
        <translation>unbekannter Elementtyp &apos;%1&apos;</translation>
    </message>
    <message>
        <source>invalid YAML: %1</source>
        <translation>ungültiges YAML: %1</translation>
    </message>
    <message>
        <source>this diagram has no Markdown form</source>
        <translation>dieses Diagramm hat keine Markdown-Form</translation>
    </message>
    <message>
        <source>unresolved sync conflict on lines %1–%2: both versions are still in the file; open it and choose Resolve…</source>
        <translation>ungelöster Synchronisierungskonflikt in den Zeilen %1–%2: beide Fassungen stehen noch in der Datei; öffnen Sie sie und wählen Sie „Lösen…“</translation>
    </message>
    <message>
        <source>unknown extractor &apos;%1&apos; (expected one of: %2)</source>
        <translation>unbekannter Extraktor &apos;%1&apos; (erwartet wird einer von: %2)</translation>
    </message>
    <message>
        <source>invalid pattern in &apos;%1&apos;: %2</source>
        <translation>ungültiges Muster in &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>mentions</source>
        <translation>erwähnt</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>Nicht angenommen</translation>
    </message>
    <message>
        <source>retells</source>
        <translation>erzählt neu</translation>
    </message>
    <message>
        <source>hit by</source>
        <translation>getroffen von</translation>
    </message>
    <message>
        <source>declared</source>
        <translation>deklariert</translation>
    </message>
    <message>
        <source>extracted</source>
        <translation>extrahiert</translation>
    </message>
    <message>
        <source>derived</source>
        <translation>abgeleitet</translation>
    </message>
    <message>
        <source>&apos;relation_types&apos; must be a list</source>
        <translation>&apos;relation_types&apos; muss eine Liste sein</translation>
    </message>
    <message>
        <source>a relation type must be a mapping (from:, to:, kind:)</source>
        <translation>ein Beziehungstyp muss eine Zuordnung sein (from:, to:, kind:)</translation>
    </message>
    <message>
        <source>unknown entity type in relation type &apos;%1 -&gt; %2&apos;</source>
        <translation>unbekannter Elementtyp im Beziehungstyp &apos;%1 -&gt; %2&apos;</translation>
    </message>
    <message>
        <source>unknown relation kind &apos;%1&apos;</source>
        <translation>unbekannte Beziehungsart &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;state_markers&apos; must map states to their markers</source>
        <translation>&apos;state_markers&apos; muss Zuständen ihre Markierungen zuordnen</translation>
    </message>
    <message>
        <source>unknown state &apos;%1&apos; in state_markers</source>
        <translation>unbekannter Zustand &apos;%1&apos; in state_markers</translation>
    </message>
    <message>
        <source>&apos;relations&apos; must be a list of {source, kind, target, state}</source>
        <translation>&apos;relations&apos; muss eine Liste von {source, kind, target, state} sein</translation>
    </message>
    <message>
        <source>a relation must be a mapping (source:, kind:, target:, state:)</source>
        <translation>eine Beziehung muss eine Zuordnung sein (source:, kind:, target:, state:)</translation>
    </message>
    <message>
        <source>a relation&apos;s state must be accepted or rejected, not &apos;%1&apos;</source>
        <translation>der Zustand einer Beziehung muss accepted oder rejected sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a relation needs a source and a target</source>
        <translation>eine Beziehung braucht eine Quelle und ein Ziel</translation>
    </message>
    <message>
        <source>unknown shape &apos;%1&apos; (expected goal-metadata-table)</source>
        <translation>unbekannte Form &apos;%1&apos; (erwartet: goal-metadata-table)</translation>
    </message>
    <message>
        <source>a rule needs a &apos;glob&apos;, a &apos;heading&apos;, a &apos;shape&apos; or a &apos;summary_parent&apos;</source>
        <translation>eine Regel braucht &apos;glob&apos;, &apos;heading&apos;, &apos;shape&apos; oder &apos;summary_parent&apos;</translation>
    </message>
    <message>
        <source>Status-quo stories</source>
        <translation>Status-quo-Geschichten</translation>
    </message>
    <message>
        <source>Shiny-future stories</source>
        <translation>Geschichten der glänzenden Zukunft</translation>
    </message>
</context>
<context>
    <name>storyloom::AboutDialog</name>
    <message>
        <source>%1 (commit %2)</source>
        <extracomment>%1 is the version number, %2 the git commit it was built from</extracomment>
        <translation>%1 (Commit %2)</translation>
    </message>
    <message>
        <source>About Storyloom</source>
        <translation>Über Storyloom</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Write and map vision documents: characters, values, stories, pain points and roadmap goals.</source>
        <translation>Visionsdokumente schreiben und kartieren: Figuren, Werte, Geschichten, Schmerzpunkte und Ziele der Roadmap.</translation>
    </message>
    <message>
        <source>Storyloom is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version.</source>
        <translation>Storyloom ist freie Software: Sie können es unter den Bedingungen der GNU General Public License, Version 3 oder (nach Ihrer Wahl) jeder späteren Version, weitergeben und/oder verändern.</translation>
    </message>
    <message>
        <source>It is built on these libraries and programs:</source>
        <translation>Es baut auf diesen Bibliotheken und Programmen auf:</translation>
    </message>
    <message>
        <source>&amp;Copy Version Information</source>
        <translation>Versionsangaben &amp;kopieren</translation>
    </message>
    <message>
        <source>Third-party components</source>
        <translation>Komponenten Dritter</translation>
    </message>
</context>
<context>
    <name>storyloom::BacklinksPanel</name>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Where it says so</source>
        <translation>Wo es steht</translation>
    </message>
    <message>
        <source>Open an entity to see what links to it.</source>
        <translation>Öffnen Sie ein Element, um zu sehen, was darauf verweist.</translation>
    </message>
    <message>
        <source>Nothing links to &lt;b&gt;%1&lt;/b&gt; yet.</source>
        <translation>Noch nichts verweist auf &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) to &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>
            <numerusform>%n Verweis auf &lt;b&gt;%1&lt;/b&gt;</numerusform>
            <numerusform>%n Verweise auf &lt;b&gt;%1&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>
(inferred)</source>
        <translation>
(abgeleitet)</translation>
    </message>
    <message>
        <source>Backlinks</source>
        <translation>Rückverweise</translation>
    </message>
    <message>
        <source>Pages that link to the current page; Enter opens one.</source>
        <translation>Seiten, die auf die aktuelle Seite verweisen; Eingabe öffnet eine.</translation>
    </message>
</context>
<context>
    <name>storyloom::BufferKeeper</name>
    <message>
        <source>This file is not valid UTF-8. It is shown read-only (invalid bytes as �) so that nothing in it is altered.</source>
        <translation>Diese Datei ist kein gültiges UTF-8. Sie wird schreibgeschützt angezeigt (ungültige Bytes als �), damit nichts darin verändert wird.</translation>
    </message>
    <message>
        <source>This is a large file: highlighting and the live preview are off to keep typing fast.</source>
        <translation>Dies ist eine große Datei: Hervorhebung und Live-Vorschau sind aus, damit das Tippen flüssig bleibt.</translation>
    </message>
    <message>
        <source>This file has very long lines: highlighting and wrapping are off to keep typing fast.</source>
        <translation>Diese Datei hat sehr lange Zeilen: Hervorhebung und Umbruch sind aus, damit das Tippen flüssig bleibt.</translation>
    </message>
    <message>
        <source>Cannot write the recovery journal: %1</source>
        <translation>Das Wiederherstellungsjournal kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>%1 is read-only here; nothing was written.</source>
        <translation>%1 ist hier schreibgeschützt; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The file changed on disk: choose in the bar above the editor first.</source>
        <translation>Die Datei wurde auf der Festplatte geändert: Treffen Sie zuerst in der Leiste über dem Editor eine Wahl.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Reloaded %1 (changed on disk)</source>
        <translation>%1 neu geladen (auf der Festplatte geändert)</translation>
    </message>
    <message>
        <source>%1 was changed by another program while you were editing it. Nothing has been overwritten.</source>
        <translation>%1 wurde von einem anderen Programm geändert, während Sie es bearbeitet haben. Es wurde nichts überschrieben.</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <source>Take Theirs</source>
        <translation>Fremde übernehmen</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Vergleichen …</translation>
    </message>
    <message>
        <source>Changes: file on disk (−) and your buffer (+)</source>
        <translation>Änderungen: Datei auf der Festplatte (−) und Ihr Text (+)</translation>
    </message>
    <message>
        <source>%1 was deleted or renamed on disk. Your text is still here.</source>
        <translation>%1 wurde auf der Festplatte gelöscht oder umbenannt. Ihr Text ist noch da.</translation>
    </message>
    <message>
        <source>Save Again</source>
        <translation>Erneut speichern</translation>
    </message>
    <message>
        <source>Changes between the file on disk and your buffer</source>
        <translation>Unterschiede zwischen der Datei auf der Festplatte und Ihrem Puffer</translation>
    </message>
</context>
<context>
    <name>storyloom::CloneDialog</name>
    <message>
        <source>Clone a Vision Document</source>
        <translation>Visionsdokument klonen</translation>
    </message>
    <message>
        <source>https://github.com/rust-lang/wg-async.git</source>
        <translation>https://github.com/rust-lang/wg-async.git</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>Repository &amp;URL:</source>
        <translation>Repository-&amp;URL:</translation>
    </message>
    <message>
        <source>Into &amp;folder:</source>
        <translation>In &amp;Ordner:</translation>
    </message>
    <message>
        <source>&amp;Clone</source>
        <translation>&amp;Klonen</translation>
    </message>
    <message>
        <source>Clone Into</source>
        <translation>Klonen nach</translation>
    </message>
    <message>
        <source>Give the repository&apos;s address and a folder to clone into.</source>
        <translation>Geben Sie die Adresse des Repositorys und einen Zielordner an.</translation>
    </message>
    <message>
        <source>%1 already exists and is not empty: choose another folder.</source>
        <translation>%1 existiert bereits und ist nicht leer: Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Cloning…</source>
        <translation>Klonen …</translation>
    </message>
    <message>
        <source>Choose the folder to clone into</source>
        <translation>Zielordner für den Klon wählen</translation>
    </message>
    <message>
        <source>Folder to clone into</source>
        <translation>Zielordner für den Klon</translation>
    </message>
    <message>
        <source>Cloning</source>
        <translation>Klonen</translation>
    </message>
    <message>
        <source>Clone status</source>
        <translation>Status des Klonens</translation>
    </message>
</context>
<context>
    <name>storyloom::CommitMessage</name>
    <message>
        <source>%1 file: %2</source>
        <translation>%1 Datei: %2</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Update the vision document</source>
        <translation>Visionsdokument aktualisieren</translation>
    </message>
    <message>
        <source>%1 story</source>
        <translation>Geschichte %1</translation>
    </message>
    <message>
        <source>add</source>
        <translation>hinzufügen</translation>
    </message>
    <message>
        <source>update</source>
        <translation>aktualisieren</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>entfernen</translation>
    </message>
    <message>
        <source>move</source>
        <translation>verschieben</translation>
    </message>
</context>
<context>
    <name>storyloom::ConflictBanner</name>
    <message numerus="yes">
        <source>This file holds an unresolved sync conflict (%n change(s), from line %1): your version and the other one are both in the text, between conflict markers.</source>
        <translation>
            <numerusform>Diese Datei enthält einen ungelösten Synchronisierungskonflikt (%n Änderung, ab Zeile %1): Ihre Fassung und die andere stehen beide im Text, zwischen Konfliktmarkierungen.</numerusform>
            <numerusform>Diese Datei enthält einen ungelösten Synchronisierungskonflikt (%n Änderungen, ab Zeile %1): Ihre Fassung und die andere stehen beide im Text, zwischen Konfliktmarkierungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Lösen…</translation>
    </message>
</context>
<context>
    <name>storyloom::ConflictDialog</name>
    <message>
        <source>&amp;Finish Sync</source>
        <translation>Synchronisierung &amp;abschließen</translation>
    </message>
    <message>
        <source>&amp;Abort Sync</source>
        <translation>Synchronisierung a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Resolve Conflicts</source>
        <translation>Konflikte lösen</translation>
    </message>
    <message>
        <source>Yours (this computer)</source>
        <translation>Ihre (dieser Computer)</translation>
    </message>
    <message>
        <source>Theirs (the remote)</source>
        <translation>Fremde (entferntes Repository)</translation>
    </message>
    <message>
        <source>Abort Sync</source>
        <translation>Synchronisierung abbrechen</translation>
    </message>
    <message>
        <source>Go back to your version of every file, as it was before this sync? Your own changes stay committed on this computer; the other side&apos;s changes are merged at the next sync.</source>
        <translation>Zu Ihrer Fassung jeder Datei zurückkehren, wie sie vor dieser Synchronisierung war? Ihre eigenen Änderungen bleiben auf diesem Computer committet; die Änderungen der anderen Seite werden bei der nächsten Synchronisierung zusammengeführt.</translation>
    </message>
    <message>
        <source>Could not resolve %1; see the repository in a terminal.</source>
        <translation>%1 konnte nicht gelöst werden; sehen Sie sich das Repository in einem Terminal an.</translation>
    </message>
    <message>
        <source>Every conflict is resolved. Finish the sync to commit the merge and push it.</source>
        <translation>Alle Konflikte sind gelöst. Schließen Sie die Synchronisierung ab, um die Zusammenführung zu committen und zu pushen.</translation>
    </message>
    <message>
        <source>There is no unfinished sync.</source>
        <translation>Es gibt keine unfertige Synchronisierung.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were changed both here and on the remote. Both versions are kept until you choose.</source>
        <translation>
            <numerusform>%n Datei wurde hier und im entfernten Repository geändert. Beide Fassungen bleiben erhalten, bis Sie wählen.</numerusform>
            <numerusform>%n Dateien wurden hier und im entfernten Repository geändert. Beide Fassungen bleiben erhalten, bis Sie wählen.</numerusform>
        </translation>
    </message>
    <message>
        <source>(deleted on this side)</source>
        <translation>(auf dieser Seite gelöscht)</translation>
    </message>
    <message>
        <source>(nothing: this side removed these lines)</source>
        <translation>(nichts: diese Seite hat diese Zeilen entfernt)</translation>
    </message>
    <message>
        <source>Whole File: &amp;Mine</source>
        <translation>Ganze Datei: &amp;meine</translation>
    </message>
    <message>
        <source>Whole File: &amp;Theirs</source>
        <translation>Ganze Datei: &amp;fremde</translation>
    </message>
    <message>
        <source>&amp;Save Resolution</source>
        <translation>Lösung &amp;speichern</translation>
    </message>
    <message>
        <source>The file as it will be saved. Changes not decided yet still show both versions.</source>
        <translation>Die Datei, wie sie gespeichert wird. Noch nicht entschiedene Änderungen zeigen weiterhin beide Fassungen.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Whole Files</source>
        <translation>Ganze Dateien</translation>
    </message>
    <message>
        <source>&amp;Undo Choice</source>
        <translation>Wahl &amp;rückgängig</translation>
    </message>
    <message>
        <source>This file has no conflict markers to choose between: take one whole file, yours or theirs.</source>
        <translation>Diese Datei hat keine Konfliktmarkierungen zur Auswahl: Übernehmen Sie eine ganze Datei, Ihre oder die fremde.</translation>
    </message>
    <message>
        <source>Change %1 of %2 · line %3</source>
        <translation>Änderung %1 von %2 · Zeile %3</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ihre</translation>
    </message>
    <message>
        <source>Yours (%1)</source>
        <translation>Ihre (%1)</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Fremde</translation>
    </message>
    <message>
        <source>Theirs (%1)</source>
        <translation>Fremde (%1)</translation>
    </message>
    <message>
        <source>Take Mine</source>
        <translation>Meine übernehmen</translation>
    </message>
    <message>
        <source>Take Theirs</source>
        <translation>Fremde übernehmen</translation>
    </message>
    <message>
        <source>Take Both</source>
        <translation>Beide übernehmen</translation>
    </message>
    <message>
        <source>Choice for change %1</source>
        <translation>Wahl für Änderung %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) still to decide.</source>
        <translation>
            <numerusform>Noch %n Änderung zu entscheiden.</numerusform>
            <numerusform>Noch %n Änderungen zu entscheiden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflicted files</source>
        <translation>Dateien mit Konflikten</translation>
    </message>
    <message>
        <source>Views of the conflict</source>
        <translation>Ansichten des Konflikts</translation>
    </message>
    <message>
        <source>Conflict status</source>
        <translation>Status der Konflikte</translation>
    </message>
</context>
<context>
    <name>storyloom::CoverageMatrixWidget</name>
    <message>
        <source>Sort by total</source>
        <translation>Nach Summe sortieren</translation>
    </message>
    <message>
        <source>Characters × pain points (through stories)</source>
        <translation>Figuren × Schmerzpunkte (über Geschichten)</translation>
    </message>
    <message>
        <source>Pain points × goals</source>
        <translation>Schmerzpunkte × Ziele</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Eigene Auswahl</translation>
    </message>
    <message>
        <source>any entity</source>
        <translation>beliebiges Element</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Export the matrix as CSV or SVG</source>
        <translation>Die Matrix als CSV oder SVG exportieren</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Zeilen:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Spalten:</translation>
    </message>
    <message>
        <source>Through:</source>
        <translation>Über:</translation>
    </message>
    <message>
        <source>Click a cell to list the paths behind it.</source>
        <translation>Klicken Sie auf eine Zelle, um die Pfade dahinter aufzulisten.</translation>
    </message>
    <message>
        <source>A gap: no path to any of them</source>
        <translation>Eine Lücke: kein Pfad zu irgendeinem von ihnen</translation>
    </message>
    <message numerus="yes">
        <source>%n path(s)</source>
        <translation>
            <numerusform>%n Pfad</numerusform>
            <numerusform>%n Pfade</numerusform>
        </translation>
    </message>
    <message>
        <source>open</source>
        <translation>öffnen</translation>
    </message>
    <message>
        <source>The matrix is exported as .csv, .svg or .md, not “%1”.</source>
        <translation>Die Matrix wird als .csv, .svg oder .md exportiert, nicht als „%1“.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export Matrix</source>
        <translation>Matrix exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv);;SVG picture (*.svg);;Markdown table (*.md)</source>
        <translation>CSV (*.csv);;SVG-Bild (*.svg);;Markdown-Tabelle (*.md)</translation>
    </message>
    <message>
        <source>Coverage matrix</source>
        <translation>Abdeckungsmatrix</translation>
    </message>
    <message>
        <source>Stories and relations behind the chosen cell</source>
        <translation>Geschichten und Beziehungen hinter der gewählten Zelle</translation>
    </message>
</context>
<context>
    <name>storyloom::DescribeProjectDialog</name>
    <message>
        <source>Describe This Project</source>
        <translation>Dieses Projekt beschreiben</translation>
    </message>
    <message>
        <source>Few pages of this project have a type. Say what each folder holds: Storyloom writes it as rules to storyloom.yml, and changes no page.</source>
        <translation>Wenige Seiten dieses Projekts haben einen Typ. Sagen Sie, was jeder Ordner enthält: Storyloom schreibt es als Regeln in storyloom.yml und ändert keine Seite.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Sample titles</source>
        <translation>Beispieltitel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n typed</source>
        <translation>
            <numerusform>%n typisiert</numerusform>
            <numerusform>%n typisiert</numerusform>
        </translation>
    </message>
    <message>
        <source>(no rule)</source>
        <translation>(keine Regel)</translation>
    </message>
    <message>
        <source>Guessed from %1</source>
        <translation>Vermutet aus %1</translation>
    </message>
    <message>
        <source>Write Rules</source>
        <translation>Regeln schreiben</translation>
    </message>
    <message>
        <source>With these rules: %1.</source>
        <translation>Mit diesen Regeln: %1.</translation>
    </message>
    <message>
        <source>Folders and their types</source>
        <translation>Ordner und ihre Typen</translation>
    </message>
    <message>
        <source>Type of %1</source>
        <translation>Typ von %1</translation>
    </message>
</context>
<context>
    <name>storyloom::DiagramPreview</name>
    <message>
        <source>Laying out…</source>
        <translation>Wird angeordnet …</translation>
    </message>
</context>
<context>
    <name>storyloom::DocumentFile</name>
    <message>
        <source>%1 is %2 MB; Storyloom opens files up to %3 MB.</source>
        <translation>%1 ist %2 MB groß; Storyloom öffnet Dateien bis %3 MB.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 was changed by another program</source>
        <translation>%1 wurde von einem anderen Programm geändert</translation>
    </message>
</context>
<context>
    <name>storyloom::DocumentTabs</name>
    <message>
        <source>Open pages and views</source>
        <translation>Offene Seiten und Ansichten</translation>
    </message>
</context>
<context>
    <name>storyloom::EditActions</name>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;All</source>
        <translation>&amp;Alle speichern</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>E&amp;infügen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>R&amp;eplace…</source>
        <translation>&amp;Ersetzen…</translation>
    </message>
    <message>
        <source>&amp;Go to Line…</source>
        <translation>&amp;Gehe zu Zeile…</translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation>&amp;Eigenschaften</translation>
    </message>
    <message>
        <source>&amp;Outline</source>
        <translation>&amp;Gliederung</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
</context>
<context>
    <name>storyloom::EditorSession</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) with unsaved changes can be recovered</source>
        <translation>
            <numerusform>%n Datei mit ungespeicherten Änderungen kann wiederhergestellt werden</numerusform>
            <numerusform>%n Dateien mit ungespeicherten Änderungen können wiederhergestellt werden</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Recovered Text As</source>
        <translation>Wiederhergestellten Text speichern unter</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Neu: %1</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>Es wurde nichts geschrieben: %1</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>%1 angelegt</translation>
    </message>
    <message>
        <source>Created %1 and listed it in %2</source>
        <translation>%1 angelegt und in %2 eingetragen</translation>
    </message>
</context>
<context>
    <name>storyloom::EntityPage</name>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Gliederung</translation>
    </message>
    <message>
        <source>Line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>The entity “%1” is not in the project any more.</source>
        <translation>Das Element „%1“ ist nicht mehr im Projekt.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Go to Line</source>
        <translation>Gehe zu Zeile</translation>
    </message>
    <message>
        <source>Line:</source>
        <translation>Zeile:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Export HTML…</source>
        <translation>HTML exportieren …</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF exportieren …</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n Wort</numerusform>
            <numerusform>%n Wörter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min read</source>
        <translation>
            <numerusform>%n Min. Lesezeit</numerusform>
            <numerusform>%n Min. Lesezeit</numerusform>
        </translation>
    </message>
    <message>
        <source>No entity at %1</source>
        <translation>Kein Element bei %1</translation>
    </message>
    <message>
        <source>Refused to open %1</source>
        <translation>Öffnen von %1 abgelehnt</translation>
    </message>
    <message>
        <source>Export as HTML</source>
        <translation>Als HTML exportieren</translation>
    </message>
    <message>
        <source>HTML pages (*.html)</source>
        <translation>HTML-Seiten (*.html)</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Kein Ziel</translation>
    </message>
    <message>
        <source>Target: </source>
        <translation>Ziel: </translation>
    </message>
    <message>
        <source> words</source>
        <translation> Wörter</translation>
    </message>
    <message>
        <source>Words to write in this story in one session</source>
        <translation>Wörter, die in einer Sitzung an dieser Geschichte geschrieben werden sollen</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n word(s) this session</source>
        <translation>
            <numerusform>%1 von %n Wort in dieser Sitzung</numerusform>
            <numerusform>%1 von %n Wörtern in dieser Sitzung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) this session</source>
        <translation>
            <numerusform>%n Wort in dieser Sitzung</numerusform>
            <numerusform>%n Wörter in dieser Sitzung</numerusform>
        </translation>
    </message>
    <message>
        <source>Markdown source of %1</source>
        <translation>Markdown-Quelltext von %1</translation>
    </message>
    <message>
        <source>Markdown source</source>
        <translation>Markdown-Quelltext</translation>
    </message>
    <message>
        <source>Page panels</source>
        <translation>Seitenbereiche</translation>
    </message>
    <message>
        <source>Cursor position</source>
        <translation>Cursorposition</translation>
    </message>
    <message>
        <source>Word count</source>
        <translation>Wortzahl</translation>
    </message>
    <message>
        <source>Page tools</source>
        <translation>Seitenwerkzeuge</translation>
    </message>
    <message>
        <source>Quick Fix…</source>
        <translation>Schnellkorrektur…</translation>
    </message>
    <message>
        <source>No problem on this line</source>
        <translation>Kein Problem in dieser Zeile</translation>
    </message>
    <message>
        <source>No quick fix for this problem</source>
        <translation>Keine Schnellkorrektur für dieses Problem</translation>
    </message>
</context>
<context>
    <name>storyloom::EntityTemplates</name>
    <message>
        <source>Status Quo Story</source>
        <translation>Status-quo-Geschichte</translation>
    </message>
    <message>
        <source>Shiny Future Story</source>
        <translation>Zukunftsgeschichte</translation>
    </message>
    <message>
        <source>Character</source>
        <translation>Figur</translation>
    </message>
    <message>
        <source>Pain Point</source>
        <translation>Schmerzpunkt</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
</context>
<context>
    <name>storyloom::ExportRunner</name>
    <message>
        <source>Exporting %1…</source>
        <translation>%1 wird exportiert …</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported to %1 · %2</source>
        <translation>Exportiert nach %1 · %2</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Open the exported file or the folder it is in</source>
        <translation>Die exportierte Datei oder ihren Ordner öffnen</translation>
    </message>
</context>
<context>
    <name>storyloom::ExportTargetWidget</name>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>The picture&apos;s longer side, in pixels</source>
        <translation>Die längere Seite des Bildes, in Pixeln</translation>
    </message>
    <message>
        <source>PNG size:</source>
        <translation>PNG-Größe:</translation>
    </message>
    <message>
        <source>SVG picture (links to pages)</source>
        <translation>SVG-Bild (mit Links zu den Seiten)</translation>
    </message>
    <message>
        <source>PNG picture</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <source>Graphviz DOT</source>
        <translation>Graphviz DOT</translation>
    </message>
    <message>
        <source>Mermaid flowchart</source>
        <translation>Mermaid-Flussdiagramm</translation>
    </message>
    <message>
        <source>Markdown overview table</source>
        <translation>Markdown-Übersichtstabelle</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>Exportdatei</translation>
    </message>
    <message>
        <source>Choose the export file</source>
        <translation>Exportdatei wählen</translation>
    </message>
</context>
<context>
    <name>storyloom::FindBar</name>
    <message>
        <source>Regular expression</source>
        <translation>Regulärer Ausdruck</translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation>Ganze Wörter</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorheriger</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nächster</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>Alle ersetzen</translation>
    </message>
    <message>
        <source>Invalid pattern</source>
        <translation>Ungültiges Muster</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>Find result</source>
        <translation>Suchergebnis</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
</context>
<context>
    <name>storyloom::FocusMode</name>
    <message>
        <source>&amp;Focus Mode</source>
        <translation>&amp;Fokusmodus</translation>
    </message>
    <message>
        <source>T&amp;ypewriter Scrolling</source>
        <translation>&amp;Schreibmaschinen-Bildlauf</translation>
    </message>
    <message>
        <source>&amp;Dim Other Paragraphs</source>
        <translation>Andere Absätze &amp;abblenden</translation>
    </message>
    <message>
        <source>Write with nothing but the text in view (Esc leaves)</source>
        <translation>Schreiben, nur mit dem Text im Blick (Esc beendet)</translation>
    </message>
</context>
<context>
    <name>storyloom::GapAnalysis</name>
    <message>
        <source>features in no story</source>
        <translation>kommt in keiner Geschichte vor</translation>
    </message>
    <message>
        <source>no character prioritises it</source>
        <translation>keine Figur priorisiert ihn</translation>
    </message>
    <message>
        <source>no character features in it</source>
        <translation>keine Figur kommt darin vor</translation>
    </message>
    <message>
        <source>Unaddressed pain points</source>
        <translation>Unbeachtete Schmerzpunkte</translation>
    </message>
    <message>
        <source>Goals without a reason</source>
        <translation>Ziele ohne Anlass</translation>
    </message>
    <message>
        <source>Characters without stories</source>
        <translation>Figuren ohne Geschichten</translation>
    </message>
    <message>
        <source>Stories without characters</source>
        <translation>Geschichten ohne Figuren</translation>
    </message>
    <message>
        <source>Characters that feature in no story.</source>
        <translation>Figuren, die in keiner Geschichte vorkommen.</translation>
    </message>
    <message>
        <source>Stories in which no character features.</source>
        <translation>Geschichten, in denen keine Figur vorkommt.</translation>
    </message>
    <message numerus="yes">
        <source>exposed by %n story(s); no goal addresses it</source>
        <translation>
            <numerusform>von %n Geschichte gezeigt; kein Ziel geht ihn an</numerusform>
            <numerusform>von %n Geschichten gezeigt; kein Ziel geht ihn an</numerusform>
        </translation>
    </message>
    <message>
        <source>no pain point or story behind it</source>
        <translation>kein Schmerzpunkt und keine Geschichte steht dahinter</translation>
    </message>
    <message numerus="yes">
        <source>no pain point or story behind it or the %n goal(s) under it</source>
        <translation>
            <numerusform>kein Schmerzpunkt und keine Geschichte steht dahinter oder hinter dem %n Ziel darunter</numerusform>
            <numerusform>kein Schmerzpunkt und keine Geschichte steht dahinter oder hinter den %n Zielen darunter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>features in no story; %n story(s) mention it</source>
        <translation>
            <numerusform>kommt in keiner Geschichte vor; %n Geschichte erwähnt sie</numerusform>
            <numerusform>kommt in keiner Geschichte vor; %n Geschichten erwähnen sie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no character prioritises it; %n pain point(s) hurt it</source>
        <translation>
            <numerusform>keine Figur priorisiert ihn; %n Schmerzpunkt schadet ihm</numerusform>
            <numerusform>keine Figur priorisiert ihn; %n Schmerzpunkte schaden ihm</numerusform>
        </translation>
    </message>
    <message>
        <source>retells no status-quo story</source>
        <translation>erzählt keine Status-quo-Geschichte neu</translation>
    </message>
    <message>
        <source>Values nobody holds</source>
        <translation>Werte, die niemand vertritt</translation>
    </message>
    <message>
        <source>Futures that retell nothing</source>
        <translation>Zukünfte, die nichts neu erzählen</translation>
    </message>
    <message>
        <source>Pain points that no goal addresses, those more stories expose first.</source>
        <translation>Schmerzpunkte, die kein Ziel angeht; die, die mehr Geschichten zeigen, zuerst.</translation>
    </message>
    <message>
        <source>Goals with no pain point or story behind them.</source>
        <translation>Ziele, hinter denen kein Schmerzpunkt und keine Geschichte steht.</translation>
    </message>
    <message>
        <source>Values that no character prioritises.</source>
        <translation>Werte, die keine Figur priorisiert.</translation>
    </message>
    <message>
        <source>Shiny-future stories that retell no status-quo story.</source>
        <translation>Geschichten der glänzenden Zukunft, die keine Status-quo-Geschichte neu erzählen.</translation>
    </message>
</context>
<context>
    <name>storyloom::GitObjects</name>
    <message>
        <source>Git failed: %1</source>
        <translation>Git ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 is not in a Git repository: it has no history to read.</source>
        <translation>%1 liegt in keinem Git-Repository: Es gibt keinen Verlauf zu lesen.</translation>
    </message>
    <message>
        <source>The repository has no commits yet: there is no history.</source>
        <translation>Das Repository hat noch keine Commits: Es gibt keinen Verlauf.</translation>
    </message>
    <message>
        <source>Unknown revision &apos;%1&apos;: no commit, tag, branch or date of this repository.</source>
        <translation>Unbekannte Revision &apos;%1&apos;: kein Commit, Tag, Branch oder Datum dieses Repositorys.</translation>
    </message>
    <message>
        <source>The repository is a shallow clone: its history stops at %1.</source>
        <translation>Das Repository ist ein flacher Klon: Sein Verlauf endet bei %1.</translation>
    </message>
</context>
<context>
    <name>storyloom::GraphAccessible</name>
    <message>
        <source>%1; links to %2, linked from %3</source>
        <extracomment>The graph&apos;s focused entity for screen readers: its type, then how many relations go out and come in.</extracomment>
        <translation>%1; verweist auf %2; Verweise von: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n entity(s)</source>
        <translation>
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storyloom::GraphBuilder</name>
    <message>
        <source>&apos;%1&apos; names &apos;%2&apos;, which is no entity of this project</source>
        <translation>&apos;%1&apos; nennt &apos;%2&apos;, das kein Element dieses Projekts ist</translation>
    </message>
    <message>
        <source>parent &apos;%1&apos; is no entity of this project</source>
        <translation>das übergeordnete Element &apos;%1&apos; ist kein Element dieses Projekts</translation>
    </message>
    <message>
        <source>unknown type &apos;%1&apos; (expected character, value, story, pain-point, goal, project or page)</source>
        <translation>unbekannter Typ &apos;%1&apos; (erwartet: character, value, story, pain-point, goal, project oder page)</translation>
    </message>
    <message>
        <source>&apos;kind&apos; must be status-quo or shiny-future, on a story</source>
        <translation>&apos;kind&apos; muss bei einer Geschichte status-quo oder shiny-future sein</translation>
    </message>
    <message>
        <source>duplicate id &apos;%1&apos; (also used by %2); this entity is renamed</source>
        <translation>doppelte ID &apos;%1&apos; (auch von %2 verwendet); dieses Element wird umbenannt</translation>
    </message>
    <message>
        <source>unknown front matter key &apos;%1&apos;</source>
        <translation>unbekannter Front-Matter-Schlüssel &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;progress&apos; must be a number from 0 to 1</source>
        <translation>&apos;progress&apos; muss eine Zahl von 0 bis 1 sein</translation>
    </message>
    <message>
        <source>link &apos;%1&apos; leaves the project; it is not followed</source>
        <translation>der Link &apos;%1&apos; führt aus dem Projekt hinaus; ihm wird nicht gefolgt</translation>
    </message>
    <message>
        <source>broken link: &apos;%1&apos; (no file %2 in the project)</source>
        <translation>defekter Link: &apos;%1&apos; (keine Datei %2 im Projekt)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is its own ancestor (parent cycle); its parent is ignored</source>
        <translation>&apos;%1&apos; ist sein eigener Vorfahr (Zyklus); sein übergeordnetes Element wird ignoriert</translation>
    </message>
    <message>
        <source>not published: SUMMARY.md does not list this page</source>
        <translation>nicht veröffentlicht: SUMMARY.md führt diese Seite nicht auf</translation>
    </message>
    <message>
        <source>unknown state &apos;%1&apos; (expected done, in-progress, help-wanted, paused, proposed, accepted or not-accepted)</source>
        <translation>unbekannter Zustand &apos;%1&apos; (erwartet: done, in-progress, help-wanted, paused, proposed, accepted oder not-accepted)</translation>
    </message>
    <message>
        <source>relation names &apos;%1&apos;, which is no entity of this project</source>
        <translation>die Beziehung nennt &apos;%1&apos;, das kein Element dieses Projekts ist</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is no rejected relation (KIND TARGET) of this project</source>
        <translation>&apos;%1&apos; ist keine abgelehnte Beziehung (ART ZIEL) dieses Projekts</translation>
    </message>
</context>
<context>
    <name>storyloom::GraphExportDialog</name>
    <message>
        <source>Export Graph</source>
        <translation>Graph exportieren</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Exports what the graph shows now, with its filters.</source>
        <translation>Exportiert, was der Graph gerade zeigt, mit seinen Filtern.</translation>
    </message>
    <message>
        <source>Choose the file to export to.</source>
        <translation>Wählen Sie die Datei, in die exportiert werden soll.</translation>
    </message>
</context>
<context>
    <name>storyloom::GraphFilterPanel</name>
    <message>
        <source>Hide orphans</source>
        <translation>Isolierte ausblenden</translation>
    </message>
    <message>
        <source>Local graph of the selection</source>
        <translation>Lokaler Graph der Auswahl</translation>
    </message>
    <message>
        <source>Filter by title…</source>
        <translation>Nach Titel filtern …</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Beziehungen</translation>
    </message>
    <message>
        <source>Goal states</source>
        <translation>Zielzustände</translation>
    </message>
    <message>
        <source>Character:</source>
        <translation>Figur:</translation>
    </message>
    <message>
        <source>depth </source>
        <translation>Tiefe </translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>Around “%1”</source>
        <translation>Um „%1“</translation>
    </message>
    <message>
        <source>Select an entity, then switch this on.</source>
        <translation>Wählen Sie ein Element aus und schalten Sie dies dann ein.</translation>
    </message>
    <message>
        <source>Filter by title</source>
        <translation>Nach Titel filtern</translation>
    </message>
    <message>
        <source>Depth of the local graph</source>
        <translation>Tiefe des lokalen Graphen</translation>
    </message>
</context>
<context>
    <name>storyloom::GraphGapPanel</name>
    <message>
        <source>Clear Highlights</source>
        <translation>Hervorhebungen entfernen</translation>
    </message>
    <message numerus="yes">
        <source>%n found.</source>
        <translation>
            <numerusform>%n gefunden.</numerusform>
            <numerusform>%n gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>All Gaps, Ranked</source>
        <translation>Alle Lücken, nach Rang</translation>
    </message>
    <message>
        <source>Every gap, what is most worth acting on first, with what shows it.</source>
        <translation>Jede Lücke, das Dringendste zuerst, mit dem, was sie zeigt.</translation>
    </message>
    <message>
        <source>Every gap, what is most worth acting on first.</source>
        <translation>Jede Lücke, das Dringendste zuerst.</translation>
    </message>
    <message>
        <source>Entities with this gap</source>
        <translation>Elemente mit dieser Lücke</translation>
    </message>
</context>
<context>
    <name>storyloom::GraphKeyNavigator</name>
    <message>
        <source>Relations of %1</source>
        <translation>Beziehungen von %1</translation>
    </message>
    <message>
        <source>No relations shown</source>
        <translation>Keine Beziehungen angezeigt</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>Unfold %1</source>
        <translation>%1 aufklappen</translation>
    </message>
    <message>
        <source>Fold %1</source>
        <translation>%1 zuklappen</translation>
    </message>
</context>
<context>
    <name>storyloom::GraphLegend</name>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Entity types, each with its own shape: %1. Relation kinds, each with its own line pattern: %2. Derived relations have a hollow arrowhead.</source>
        <translation>Elementtypen, jeder mit eigener Form: %1. Beziehungsarten, jede mit eigenem Linienmuster: %2. Abgeleitete Beziehungen haben eine hohle Pfeilspitze.</translation>
    </message>
    <message>
        <source>derived</source>
        <translation>abgeleitet</translation>
    </message>
</context>
<context>
    <name>storyloom::GraphRelationsList</name>
    <message>
        <source>Relations of this entity</source>
        <translation>Beziehungen dieses Elements</translation>
    </message>
    <message>
        <source>The relations of the entity selected in the map; Enter selects the related entity.</source>
        <translation>Die Beziehungen des in der Karte ausgewählten Elements; Eingabe wählt das verbundene Element aus.</translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <extracomment>A relation in the graph&apos;s list: relation kind, arrow, the other entity&apos;s title and type.</extracomment>
        <translation>%1 → %2 (%3)</translation>
    </message>
    <message>
        <source>%1 ← %2 (%3)</source>
        <translation>%1 ← %2 (%3)</translation>
    </message>
    <message>
        <source>No entity selected</source>
        <translation>Kein Element ausgewählt</translation>
    </message>
    <message>
        <source>No relations shown</source>
        <translation>Keine Beziehungen angezeigt</translation>
    </message>
</context>
<context>
    <name>storyloom::GraphView</name>
    <message>
        <source>%1 — %2 → %3</source>
        <translation>%1 — %2 → %3</translation>
    </message>
</context>
<context>
    <name>storyloom::GraphWidget</name>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Lücken</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Re-layout</source>
        <translation>Neu anordnen</translation>
    </message>
    <message>
        <source>Lay the graph out again, forgetting dragged positions</source>
        <translation>Den Graphen neu anordnen und verschobene Positionen vergessen</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>&lt;p&gt;Click an entity to see its summary; double-click to open it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Klicken Sie auf ein Element, um seine Zusammenfassung zu sehen; doppelklicken Sie, um es zu öffnen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open in the editor</source>
        <translation>Im Editor öffnen</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Links to&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Verweist auf&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Linked from&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Verwiesen von&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n entities</source>
        <translation>
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relations</source>
        <translation>
            <numerusform>%n Beziehung</numerusform>
            <numerusform>%n Beziehungen</numerusform>
        </translation>
    </message>
    <message>
        <source>laying out…</source>
        <translation>wird angeordnet …</translation>
    </message>
    <message>
        <source>Nothing to export: no project is open.</source>
        <translation>Nichts zu exportieren: Es ist kein Projekt geöffnet.</translation>
    </message>
    <message>
        <source>Cannot export the graph as “%1”.</source>
        <translation>Der Graph kann nicht als „%1“ exportiert werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message numerus="yes">
        <source>exposed by %n story(s)</source>
        <translation>
            <numerusform>von %n Geschichte aufgedeckt</numerusform>
            <numerusform>von %n Geschichten aufgedeckt</numerusform>
        </translation>
    </message>
    <message>
        <source>Arrow keys move along relations to the neighbour in that direction, Enter opens the entity, R lists its relations.</source>
        <translation>Die Pfeiltasten wandern entlang der Beziehungen zum Nachbarn in dieser Richtung, Eingabe öffnet das Element, R listet seine Beziehungen auf.</translation>
    </message>
    <message>
        <source>Graph tools</source>
        <translation>Graph-Werkzeuge</translation>
    </message>
    <message>
        <source>Graph status</source>
        <translation>Graph-Status</translation>
    </message>
    <message>
        <source>Graph panels</source>
        <translation>Graph-Bereiche</translation>
    </message>
    <message>
        <source>Details of the selected entity</source>
        <translation>Details des ausgewählten Elements</translation>
    </message>
    <message>
        <source>&amp;Relations of this entity:</source>
        <translation>&amp;Beziehungen dieses Elements:</translation>
    </message>
    <message>
        <source>Graph panels and legend</source>
        <translation>Graph-Bereiche und Legende</translation>
    </message>
    <message>
        <source>Story Map</source>
        <translation>Story-Karte</translation>
    </message>
    <message>
        <source>Characters, values, stories, pain points, goals and shiny futures in columns</source>
        <translation>Figuren, Werte, Geschichten, Schmerzpunkte, Ziele und glänzende Zukünfte in Spalten</translation>
    </message>
    <message>
        <source>Free Graph</source>
        <translation>Freier Graph</translation>
    </message>
    <message>
        <source>Every entity and relation, placed freely</source>
        <translation>Alle Elemente und Beziehungen, frei angeordnet</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <source>Which pain points hit which characters, which goals answer which pain points</source>
        <translation>Welche Schmerzpunkte welche Figuren treffen, welche Ziele welche Schmerzpunkte beantworten</translation>
    </message>
    <message>
        <source>How many relations away the selection&apos;s focus reaches</source>
        <translation>Wie viele Beziehungen weit der Fokus der Auswahl reicht</translation>
    </message>
    <message>
        <source>Depth %1</source>
        <translation>Tiefe %1</translation>
    </message>
    <message>
        <source>Which way the focus reaches along character → story → pain point → goal → shiny future; Ctrl+click a second entity to see how the two connect</source>
        <translation>In welche Richtung der Fokus entlang Figur → Geschichte → Schmerzpunkt → Ziel → glänzende Zukunft reicht; Strg+Klick auf ein zweites Element zeigt, wie beide zusammenhängen</translation>
    </message>
    <message>
        <source>Both ways</source>
        <translation>Beide Richtungen</translation>
    </message>
    <message>
        <source>Downstream</source>
        <translation>Abwärts</translation>
    </message>
    <message>
        <source>Upstream</source>
        <translation>Aufwärts</translation>
    </message>
    <message>
        <source>How “%1” and “%2” connect</source>
        <translation>Wie „%1“ und „%2“ zusammenhängen</translation>
    </message>
    <message>
        <source>&lt;p&gt;No chain of relations links them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Keine Kette von Beziehungen verbindet sie.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n shortest path(s):</source>
        <translation>
            <numerusform>%n kürzester Pfad:</numerusform>
            <numerusform>%n kürzeste Pfade:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n boxes</source>
        <translation>
            <numerusform>%n Kasten</numerusform>
            <numerusform>%n Kästen</numerusform>
        </translation>
    </message>
    <message>
        <source>Arrow keys move along relations and up and down the column, Enter opens the entity or unfolds the group, R lists its relations.</source>
        <translation>Die Pfeiltasten wandern entlang der Beziehungen und in der Spalte auf und ab, Eingabe öffnet das Element oder klappt die Gruppe auf, R listet seine Beziehungen auf.</translation>
    </message>
    <message>
        <source>Save View…</source>
        <translation>Ansicht speichern…</translation>
    </message>
    <message>
        <source>Save what is shown (mode, filters, focus, groups, positions, zoom) as views/NAME.yml in the project</source>
        <translation>Das Gezeigte (Modus, Filter, Fokus, Gruppen, Positionen, Zoom) als views/NAME.yml im Projekt speichern</translation>
    </message>
    <message>
        <source>Open View</source>
        <translation>Ansicht öffnen</translation>
    </message>
    <message>
        <source>Show one of the project&apos;s saved views</source>
        <translation>Eine der gespeicherten Ansichten des Projekts zeigen</translation>
    </message>
    <message>
        <source>Export what the current mode shows as SVG, PNG, PDF or DOT</source>
        <translation>Exportieren, was der aktuelle Modus zeigt, als SVG, PNG, PDF oder DOT</translation>
    </message>
    <message>
        <source>Nothing to save: no project is open.</source>
        <translation>Nichts zu speichern: kein Projekt ist geöffnet.</translation>
    </message>
    <message>
        <source>“%1” cannot be a file name: use letters, digits, spaces, - and _.</source>
        <translation>„%1“ kann kein Dateiname sein: Buchstaben, Ziffern, Leerzeichen, - und _ verwenden.</translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>Ansicht speichern</translation>
    </message>
    <message>
        <source>Name of the view (saved as views/NAME.yml in the project):</source>
        <translation>Name der Ansicht (gespeichert als views/NAME.yml im Projekt):</translation>
    </message>
    <message>
        <source>No saved views</source>
        <translation>Keine gespeicherten Ansichten</translation>
    </message>
</context>
<context>
    <name>storyloom::HelpMenu</name>
    <message>
        <source>Switch Application &amp;Language</source>
        <translation>&amp;Sprache der Anwendung wechseln</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The new language takes effect after Storyloom is restarted.</source>
        <translation>Die neue Sprache gilt nach einem Neustart von Storyloom.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Storyloom</source>
        <translation>&amp;Über Storyloom</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
</context>
<context>
    <name>storyloom::HistoryDialog</name>
    <message>
        <source>&amp;Restore This Version</source>
        <translation>Diese Fassung &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Verlauf von %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Text at This Version</source>
        <translation>Text in dieser Fassung</translation>
    </message>
    <message>
        <source>This file has no committed history yet: it is committed at the next sync.</source>
        <translation>Diese Datei hat noch keinen committeten Verlauf: Sie wird bei der nächsten Synchronisierung committet.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Rendered Changes</source>
        <translation>Änderungen in der Vorschau</translation>
    </message>
    <message>
        <source>The version before it (first parent)</source>
        <translation>Die Fassung davor (erster Elternteil)</translation>
    </message>
    <message>
        <source>The other side of the merge (second parent)</source>
        <translation>Die andere Seite der Zusammenführung (zweiter Elternteil)</translation>
    </message>
    <message>
        <source>Both sides: only what the merge itself changed</source>
        <translation>Beide Seiten: nur, was die Zusammenführung selbst geändert hat</translation>
    </message>
    <message>
        <source>A merge joins two versions: choose which one its changes are shown against.</source>
        <translation>Eine Zusammenführung vereint zwei Fassungen: Wählen Sie, mit welcher ihre Änderungen verglichen werden.</translation>
    </message>
    <message>
        <source>&amp;Compare with:</source>
        <translation>&amp;Vergleichen mit:</translation>
    </message>
    <message>
        <source>Merge %1 of %2</source>
        <translation>Zusammenführung %1 von %2</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Rendered changes</source>
        <translation>Gerenderte Änderungen</translation>
    </message>
    <message>
        <source>Text at this version</source>
        <translation>Text in dieser Version</translation>
    </message>
    <message>
        <source>Views of the version</source>
        <translation>Ansichten der Version</translation>
    </message>
</context>
<context>
    <name>storyloom::HistoryPanel</name>
    <message>
        <source>Back to Now</source>
        <translation>Zurück zu jetzt</translation>
    </message>
    <message>
        <source>Back to now</source>
        <translation>Zurück zu jetzt</translation>
    </message>
    <message>
        <source>Compare With…</source>
        <translation>Vergleichen mit…</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Vergleichen mit</translation>
    </message>
    <message>
        <source>Mark what changed since a tag, a date or the last sync</source>
        <translation>Markieren, was sich seit einem Tag, einem Datum oder der letzten Synchronisierung geändert hat</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Chart of the vision over time</source>
        <translation>Diagramm der Vision im Lauf der Zeit</translation>
    </message>
    <message>
        <source>Show how the vision grew: entities, pain points and goals over time</source>
        <translation>Zeigen, wie die Vision gewachsen ist: Einträge, Schmerzpunkte und Ziele im Lauf der Zeit</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Verlauf:</translation>
    </message>
    <message>
        <source>Changes since the revision compared with</source>
        <translation>Änderungen seit der verglichenen Revision</translation>
    </message>
    <message>
        <source>No history: the project folder has no commits yet.</source>
        <translation>Kein Verlauf: Der Projektordner hat noch keine Commits.</translation>
    </message>
    <message>
        <source>Viewing %1 — %2 — read-only</source>
        <translation>Ansicht von %1 — %2 — schreibgeschützt</translation>
    </message>
    <message>
        <source>(compared with %1)</source>
        <translation>(verglichen mit %1)</translation>
    </message>
    <message>
        <source>Comparing today&apos;s vision with %1 — read-only</source>
        <translation>Die heutige Vision wird mit %1 verglichen — schreibgeschützt</translation>
    </message>
    <message>
        <source>Added: %1 “%2”</source>
        <translation>Hinzugefügt: %1 „%2“</translation>
    </message>
    <message>
        <source>Removed: %1 “%2”</source>
        <translation>Entfernt: %1 „%2“</translation>
    </message>
    <message>
        <source>Renamed: %1 → %2</source>
        <translation>Umbenannt: %1 → %2</translation>
    </message>
    <message>
        <source>Changed: %1 (%2)</source>
        <translation>Geändert: %1 (%2)</translation>
    </message>
    <message>
        <source>Relation added: %1 %2 %3</source>
        <translation>Beziehung hinzugefügt: %1 %2 %3</translation>
    </message>
    <message>
        <source>Relation removed: %1 %2 %3</source>
        <translation>Beziehung entfernt: %1 %2 %3</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Keine Änderungen.</translation>
    </message>
    <message>
        <source>The Last Tag (none yet)</source>
        <translation>Dem letzten Tag (noch keiner)</translation>
    </message>
    <message>
        <source>The Last Tag (%1)</source>
        <translation>Dem letzten Tag (%1)</translation>
    </message>
    <message>
        <source>A Date…</source>
        <translation>Einem Datum…</translation>
    </message>
    <message>
        <source>The Last Sync</source>
        <translation>Der letzten Synchronisierung</translation>
    </message>
    <message>
        <source>the last sync (%1)</source>
        <translation>der letzten Synchronisierung (%1)</translation>
    </message>
    <message>
        <source>The Last Sync (not synced yet)</source>
        <translation>Der letzten Synchronisierung (noch nicht synchronisiert)</translation>
    </message>
    <message>
        <source>Stop Comparing</source>
        <translation>Vergleich beenden</translation>
    </message>
    <message>
        <source>Compare With a Date</source>
        <translation>Mit einem Datum vergleichen</translation>
    </message>
    <message>
        <source>Compare with the vision as it was on (YYYY-MM-DD):</source>
        <translation>Mit der Vision vergleichen, wie sie war am (JJJJ-MM-TT):</translation>
    </message>
</context>
<context>
    <name>storyloom::HistoryStatus</name>
    <message>
        <source>Reading the history</source>
        <translation>Verlauf wird gelesen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop reading the history</source>
        <translation>Lesen des Verlaufs abbrechen</translation>
    </message>
</context>
<context>
    <name>storyloom::HistoryTimeline</name>
    <message>
        <source>This is a shallow clone: its history stops at %1.</source>
        <translation>Dies ist ein flacher Klon: seine Geschichte endet bei %1.</translation>
    </message>
</context>
<context>
    <name>storyloom::MainWindow</name>
    <message>
        <source>Graph</source>
        <translation>Graph</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Roadmap</translation>
    </message>
    <message>
        <source>Reading %v of %m files</source>
        <translation>Lese %v von %m Dateien</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Lade %1 …</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>Projekt &amp;öffnen …</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Re&amp;load Project</source>
        <translation>Projekt neu &amp;laden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Graph</source>
        <translation>&amp;Graph</translation>
    </message>
    <message>
        <source>&amp;Roadmap</source>
        <translation>&amp;Roadmap</translation>
    </message>
    <message>
        <source>Project &amp;Tree</source>
        <translation>Projekt&amp;baum</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message numerus="yes">
        <source>%n entities</source>
        <translation>
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relations</source>
        <translation>
            <numerusform>%n Beziehung</numerusform>
            <numerusform>%n Beziehungen</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Keine Probleme</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Loaded %1</source>
        <translation>%1 geladen</translation>
    </message>
    <message>
        <source>E&amp;xport Roadmap…</source>
        <translation>&amp;Roadmap exportieren …</translation>
    </message>
    <message>
        <source>Building the graph…</source>
        <translation>Baue den Graphen auf …</translation>
    </message>
    <message>
        <source>Writing the search index…</source>
        <translation>Schreibe den Suchindex …</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <source>Project size</source>
        <translation>Projektgröße</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Loading the project</source>
        <translation>Projekt wird geladen</translation>
    </message>
    <message>
        <source>The project&apos;s entities by type; Enter opens one.</source>
        <translation>Die Elemente des Projekts nach Typ; Eingabe öffnet eines.</translation>
    </message>
    <message numerus="yes">
        <source>%n new error(s) in this page</source>
        <translation>
            <numerusform>%n neuer Fehler auf dieser Seite</numerusform>
            <numerusform>%n neue Fehler auf dieser Seite</numerusform>
        </translation>
    </message>
    <message>
        <source>Open View</source>
        <translation>Ansicht öffnen</translation>
    </message>
    <message>
        <source>%1: Edit › Undo in the project tree takes it back</source>
        <translation>%1: Bearbeiten › Rückgängig im Projektbaum nimmt es zurück</translation>
    </message>
    <message>
        <source>Show the Problems panel</source>
        <translation>Problem-Bereich anzeigen</translation>
    </message>
    <message>
        <source>Pro&amp;blems</source>
        <translation>Pro&amp;bleme</translation>
    </message>
    <message>
        <source>%1 is no page of the project</source>
        <translation>%1 ist keine Seite des Projekts</translation>
    </message>
</context>
<context>
    <name>storyloom::MarkdownEditor</name>
    <message>
        <source>No suggestions</source>
        <translation>Keine Vorschläge</translation>
    </message>
    <message>
        <source>Add to Dictionary</source>
        <translation>Zum Wörterbuch hinzufügen</translation>
    </message>
    <message>
        <source>Adds the word to the project&apos;s word list, storyloom-words.txt</source>
        <translation>Fügt das Wort der Wortliste des Projekts hinzu, storyloom-words.txt</translation>
    </message>
    <message>
        <source>Add to Personal Dictionary</source>
        <translation>Zum persönlichen Wörterbuch hinzufügen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <source>Check Spelling</source>
        <translation>Rechtschreibung prüfen</translation>
    </message>
    <message>
        <source>Spelling Language</source>
        <translation>Sprache der Rechtschreibprüfung</translation>
    </message>
    <message>
        <source>No dictionaries installed</source>
        <translation>Keine Wörterbücher installiert</translation>
    </message>
</context>
<context>
    <name>storyloom::MarkdownRenderer</name>
    <message>
        <source>remote image not loaded</source>
        <translation>entferntes Bild nicht geladen</translation>
    </message>
    <message>
        <source>image outside the project not loaded</source>
        <translation>Bild außerhalb des Projekts nicht geladen</translation>
    </message>
    <message numerus="yes">
        <source>This page has an unresolved sync conflict (%n change(s))</source>
        <translation>
            <numerusform>Diese Seite hat einen ungelösten Synchronisierungskonflikt (%n Änderung)</numerusform>
            <numerusform>Diese Seite hat einen ungelösten Synchronisierungskonflikt (%n Änderungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Your version and the other one are both in the text, between conflict markers, from line %1 to line %2. Choose Resolve… above the editor to pick a version for each change; the preview comes back once the file is resolved.</source>
        <translation>Ihre Fassung und die andere stehen beide im Text, zwischen Konfliktmarkierungen, von Zeile %1 bis Zeile %2. Wählen Sie „Lösen…“ über dem Editor, um für jede Änderung eine Fassung zu wählen; die Vorschau kehrt zurück, sobald die Datei gelöst ist.</translation>
    </message>
</context>
<context>
    <name>storyloom::MermaidWriter</name>
    <message>
        <source>%1 (part %2 of %3)</source>
        <translation>%1 (Teil %2 von %3)</translation>
    </message>
    <message>
        <source>Split into %1 diagrams to stay within Mermaid&apos;s limits (maxTextSize %2 characters, maxEdges %3).</source>
        <translation>In %1 Diagramme geteilt, um in Mermaids Grenzen zu bleiben (maxTextSize %2 Zeichen, maxEdges %3).</translation>
    </message>
</context>
<context>
    <name>storyloom::MovePageDialog</name>
    <message>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
    <message>
        <source>Move &lt;b&gt;%1&lt;/b&gt; to the folder:</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; in den Ordner verschieben:</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Verschieben</translation>
    </message>
    <message>
        <source>The page is in this folder already.</source>
        <translation>Die Seite liegt bereits in diesem Ordner.</translation>
    </message>
    <message>
        <source>%1 exists already: choose another folder.</source>
        <translation>%1 existiert bereits: Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>New place: %1</source>
        <translation>Neuer Ort: %1</translation>
    </message>
    <message numerus="yes">
        <source>The links of %n page(s) to it are rewritten, and its own links too.</source>
        <translation>
            <numerusform>Die Links von %n Seite darauf werden angepasst, ihre eigenen Links ebenso.</numerusform>
            <numerusform>Die Links von %n Seiten darauf werden angepasst, ihre eigenen Links ebenso.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its own links are rewritten to reach the same pages.</source>
        <translation>Ihre eigenen Links werden so angepasst, dass sie dieselben Seiten erreichen.</translation>
    </message>
    <message>
        <source>Its chapter in SUMMARY.md moves along.</source>
        <translation>Ihr Kapitel in SUMMARY.md zieht mit um.</translation>
    </message>
    <message>
        <source>Edit › Undo in the project tree takes it all back.</source>
        <translation>Bearbeiten › Rückgängig im Projektbaum nimmt alles zurück.</translation>
    </message>
    <message>
        <source>Destination folder</source>
        <translation>Zielordner</translation>
    </message>
</context>
<context>
    <name>storyloom::OutlineView</name>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Gliederung</translation>
    </message>
    <message>
        <source>The headings of the page; Enter goes to the heading in the editor.</source>
        <translation>Die Überschriften der Seite; Eingabe springt im Editor zur Überschrift.</translation>
    </message>
</context>
<context>
    <name>storyloom::PagePlanner</name>
    <message>
        <source>a new page needs a title</source>
        <translation>eine neue Seite braucht einen Titel</translation>
    </message>
    <message>
        <source>refusing to write outside the project: %1</source>
        <translation>Schreiben außerhalb des Projekts verweigert: %1</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 existiert bereits</translation>
    </message>
</context>
<context>
    <name>storyloom::ProblemsPanel</name>
    <message>
        <source>This page only</source>
        <translation>Nur diese Seite</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Filter problems</source>
        <translation>Probleme filtern</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Enter or a click goes to the problem; the context menu offers quick fixes.</source>
        <translation>Eingabetaste oder Klick springt zum Problem; das Kontextmenü bietet Schnellkorrekturen.</translation>
    </message>
    <message>
        <source>Go to Problem</source>
        <translation>Zum Problem springen</translation>
    </message>
    <message>
        <source>Quick Fix…</source>
        <translation>Schnellkorrektur…</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>storyloom::Project</name>
    <message>
        <source>The index could not be updated: %1</source>
        <translation>Der Index konnte nicht aktualisiert werden: %1</translation>
    </message>
</context>
<context>
    <name>storyloom::ProjectAssistant</name>
    <message>
        <source>&amp;Describe This Project…</source>
        <translation>Dieses Projekt &amp;beschreiben…</translation>
    </message>
    <message>
        <source>Describe This Project…</source>
        <translation>Dieses Projekt beschreiben…</translation>
    </message>
    <message>
        <source>Few pages of this project have a type: say what its folders hold.</source>
        <translation>Wenige Seiten dieses Projekts haben einen Typ: sagen Sie, was seine Ordner enthalten.</translation>
    </message>
    <message>
        <source>Describe This Project</source>
        <translation>Dieses Projekt beschreiben</translation>
    </message>
    <message>
        <source>storyloom.yml could not be read: %1</source>
        <translation>storyloom.yml konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>storyloom.yml writes its rules on one line (rules: [...]): nothing was written. `storyloom-cli classify` prints the rules to add by hand.</source>
        <translation>storyloom.yml schreibt seine Regeln in eine Zeile (rules: [...]): nichts wurde geschrieben. `storyloom-cli classify` gibt die Regeln aus, um sie von Hand hinzuzufügen.</translation>
    </message>
    <message>
        <source>storyloom.yml could not be written: %1</source>
        <translation>storyloom.yml konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Rules written to %1</source>
        <translation>Regeln in %1 geschrieben</translation>
    </message>
</context>
<context>
    <name>storyloom::ProjectClassifier</name>
    <message>
        <source>no guess</source>
        <translation>keine Vermutung</translation>
    </message>
    <message>
        <source>typed already</source>
        <translation>schon typisiert</translation>
    </message>
    <message>
        <source>metadata tables</source>
        <translation>Metadatentabellen</translation>
    </message>
    <message>
        <source>first headings</source>
        <translation>ersten Überschriften</translation>
    </message>
    <message>
        <source>the folder&apos;s name</source>
        <translation>dem Namen des Ordners</translation>
    </message>
    <message>
        <source>links to characters</source>
        <translation>Links auf Figuren</translation>
    </message>
    <message>
        <source>Rules guessed by storyloom-cli classify: check each, then keep those you agree with in storyloom.yml.</source>
        <translation>Von storyloom-cli classify vermutete Regeln: jede prüfen, dann die passenden in storyloom.yml übernehmen.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s), %2 typed, no guess; e.g. %3</source>
        <translation>
            <numerusform>%1: %n Seite, %2 typisiert, keine Vermutung; z. B. %3</numerusform>
            <numerusform>%1: %n Seiten, %2 typisiert, keine Vermutung; z. B. %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s), %2 typed, guessed from %3; e.g. %4</source>
        <translation>
            <numerusform>%1: %n Seite, %2 typisiert, vermutet aus %3; z. B. %4</numerusform>
            <numerusform>%1: %n Seiten, %2 typisiert, vermutet aus %3; z. B. %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storyloom::ProjectEdit</name>
    <message>
        <source>nothing to change</source>
        <translation>nichts zu ändern</translation>
    </message>
    <message>
        <source>%1 changed on disk since “%2” was planned; nothing was changed</source>
        <translation>%1 wurde auf der Festplatte geändert, seit „%2“ geplant wurde; nichts wurde geändert</translation>
    </message>
    <message>
        <source>%1 changed on disk since “%2”; nothing was undone</source>
        <translation>%1 wurde seit „%2“ auf der Festplatte geändert; nichts wurde rückgängig gemacht</translation>
    </message>
    <message>
        <source>%1 already exists; nothing was changed</source>
        <translation>%1 existiert bereits; nichts wurde geändert</translation>
    </message>
    <message>
        <source>%1 was created since “%2”; nothing was undone</source>
        <translation>%1 wurde seit „%2“ angelegt; nichts wurde rückgängig gemacht</translation>
    </message>
    <message>
        <source>unknown change</source>
        <translation>unbekannte Änderung</translation>
    </message>
</context>
<context>
    <name>storyloom::ProjectHistory</name>
    <message>
        <source>an open page could not be saved; nothing was changed</source>
        <translation>eine geöffnete Seite konnte nicht gespeichert werden; nichts wurde geändert</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>%1 rückgängig machen</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>%1 wiederholen</translation>
    </message>
    <message>
        <source>An open page could not be saved; nothing was changed.</source>
        <translation>Eine geöffnete Seite konnte nicht gespeichert werden; nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>storyloom::ProjectTreeActions</name>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>Move to &amp;Trash…</source>
        <translation>In den &amp;Papierkorb verschieben…</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>%1 umbenennen</translation>
    </message>
    <message>
        <source>New title:</source>
        <translation>Neuer Titel:</translation>
    </message>
    <message>
        <source>Renamed to %1</source>
        <translation>Umbenannt in %1</translation>
    </message>
    <message>
        <source>Move %1 to the trash?</source>
        <translation>%1 in den Papierkorb verschieben?</translation>
    </message>
    <message>
        <source>Its entry in SUMMARY.md is removed.</source>
        <translation>Sein Eintrag in SUMMARY.md wird entfernt.</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>In den Papierkorb verschieben</translation>
    </message>
    <message>
        <source>Moved %1 to the trash</source>
        <translation>%1 in den Papierkorb verschoben</translation>
    </message>
    <message>
        <source>&amp;Move to…</source>
        <translation>&amp;Verschieben nach…</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
    <message>
        <source>Moved to %1</source>
        <translation>Nach %1 verschoben</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) link to it:</source>
        <translation>
            <numerusform>%n Seite verweist darauf:</numerusform>
            <numerusform>%n Seiten verweisen darauf:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove those links (their text stays), or keep them (the check reports them as broken)?</source>
        <translation>Diese Links entfernen (ihr Text bleibt) oder behalten (die Prüfung meldet sie als defekt)?</translation>
    </message>
    <message>
        <source>Edit › Undo in the project tree brings back the page and every file this changes.</source>
        <translation>Bearbeiten › Rückgängig im Projektbaum bringt die Seite und jede hier geänderte Datei zurück.</translation>
    </message>
    <message>
        <source>Trash and &amp;Remove Links</source>
        <translation>In den Papierkorb, Links &amp;entfernen</translation>
    </message>
    <message>
        <source>Trash and &amp;Keep Links</source>
        <translation>In den Papierkorb, Links &amp;behalten</translation>
    </message>
</context>
<context>
    <name>storyloom::ProjectTreeModel</name>
    <message>
        <source>Views (%1)</source>
        <translation>Ansichten (%1)</translation>
    </message>
    <message>
        <source>Saved view: %1</source>
        <translation>Gespeicherte Ansicht: %1</translation>
    </message>
</context>
<context>
    <name>storyloom::PropertiesPanel</name>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Characters:</source>
        <translation>Figuren:</translation>
    </message>
    <message>
        <source>Values:</source>
        <translation>Werte:</translation>
    </message>
    <message>
        <source>Pain points:</source>
        <translation>Schmerzpunkte:</translation>
    </message>
    <message>
        <source>Goals:</source>
        <translation>Ziele:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation>Fortschritt:</translation>
    </message>
    <message>
        <source>Owners:</source>
        <translation>Verantwortliche:</translation>
    </message>
    <message>
        <source>Parent goal:</source>
        <translation>Übergeordnetes Ziel:</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>durch Kommas getrennt</translation>
    </message>
</context>
<context>
    <name>storyloom::QuickFixes</name>
    <message>
        <source>Rename &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>„%1“ in „%2“ umbenennen</translation>
    </message>
    <message>
        <source>Rename id &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>ID „%1“ in „%2“ umbenennen</translation>
    </message>
    <message>
        <source>Change &apos;%1&apos; to &apos;%2&apos; (%3)</source>
        <translation>„%1“ durch „%2“ ersetzen (%3)</translation>
    </message>
    <message>
        <source>Link to &apos;%1&apos; (%2)</source>
        <translation>Auf „%1“ verlinken (%2)</translation>
    </message>
    <message>
        <source>Create page &apos;%1&apos; (%2)</source>
        <translation>Seite „%1“ anlegen (%2)</translation>
    </message>
</context>
<context>
    <name>storyloom::QuickOpenDialog</name>
    <message>
        <source>Quick Open</source>
        <translation>Schnell öffnen</translation>
    </message>
    <message>
        <source>Go to a character, story, goal… (letters of its title or id)</source>
        <translation>Zu einer Figur, Geschichte, einem Ziel … springen (Buchstaben aus Titel oder ID)</translation>
    </message>
    <message>
        <source>Title or id to go to</source>
        <translation>Titel oder ID des Ziels</translation>
    </message>
    <message>
        <source>Matching entities</source>
        <translation>Passende Elemente</translation>
    </message>
</context>
<context>
    <name>storyloom::RecoveryDialog</name>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>Storyloom did not close properly. These files had changes that were not saved. The difference to the file on disk is shown (− on disk, + unsaved).</source>
        <translation>Storyloom wurde nicht ordnungsgemäß beendet. Diese Dateien hatten Änderungen, die nicht gespeichert wurden. Gezeigt wird der Unterschied zur Datei auf der Festplatte (− auf der Festplatte, + ungespeichert).</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Decide Later</source>
        <translation>Später entscheiden</translation>
    </message>
    <message>
        <source>(The file is gone from disk; restoring brings it back.)

</source>
        <translation>(Die Datei ist von der Festplatte verschwunden; Wiederherstellen bringt sie zurück.)

</translation>
    </message>
    <message>
        <source>(Same as the file on disk.)</source>
        <translation>(Gleich wie die Datei auf der Festplatte.)</translation>
    </message>
    <message>
        <source>Files with unsaved changes</source>
        <translation>Dateien mit ungespeicherten Änderungen</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Lines starting with − are on disk, lines starting with + are unsaved.</source>
        <translation>Zeilen mit − stehen auf der Festplatte, Zeilen mit + sind ungespeichert.</translation>
    </message>
</context>
<context>
    <name>storyloom::RelationDecisions</name>
    <message>
        <source>no entity &apos;%1&apos;</source>
        <translation>kein Element &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 line %2 already decides this relation; edit it there</source>
        <translation>%1 Zeile %2 entscheidet schon über diese Beziehung; ändern Sie sie dort</translation>
    </message>
    <message>
        <source>%1 writes relations: on one line; write it as a list to add to it</source>
        <translation>%1 schreibt relations: in einer Zeile; schreiben Sie es als Liste, um etwas hinzuzufügen</translation>
    </message>
</context>
<context>
    <name>storyloom::RemoteDialog</name>
    <message>
        <source>Remote Repository</source>
        <translation>Entferntes Repository</translation>
    </message>
    <message>
        <source>https://example.org/team/vision.git</source>
        <translation>https://example.org/team/vision.git</translation>
    </message>
    <message>
        <source>Where syncs push your changes and fetch those of others. This project has no remote yet.</source>
        <translation>Wohin Synchronisierungen Ihre Änderungen senden und woher sie die der anderen holen. Dieses Projekt hat noch kein entferntes Repository.</translation>
    </message>
    <message>
        <source>Where syncs push your changes and fetch those of others.</source>
        <translation>Wohin Synchronisierungen Ihre Änderungen senden und woher sie die der anderen holen.</translation>
    </message>
    <message>
        <source>A password or token typed into the address (https://name:token@…) is handed to Git&apos;s credential helper and not kept in the address.</source>
        <translation>Ein in die Adresse eingegebenes Passwort oder Token (https://name:token@…) geht an den Zugangsdaten-Helfer von Git und bleibt nicht in der Adresse.</translation>
    </message>
    <message>
        <source>Remote &amp;URL:</source>
        <translation>&amp;URL des entfernten Repositorys:</translation>
    </message>
    <message>
        <source>Check and &amp;Save</source>
        <translation>Prüfen und &amp;speichern</translation>
    </message>
    <message>
        <source>Give the address of the remote repository.</source>
        <translation>Geben Sie die Adresse des entfernten Repositorys an.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft …</translation>
    </message>
    <message>
        <source>Remote status</source>
        <translation>Status des entfernten Repositorys</translation>
    </message>
    <message>
        <source>Checking the remote</source>
        <translation>Entferntes Repository wird geprüft</translation>
    </message>
</context>
<context>
    <name>storyloom::RemoteSetup</name>
    <message>
        <source>&quot;%1&quot; is no repository address. Give one such as https://example.org/team/vision.git or git@example.org:team/vision.git.</source>
        <translation>„%1“ ist keine Repository-Adresse. Geben Sie eine Adresse wie https://example.org/team/vision.git oder git@example.org:team/vision.git an.</translation>
    </message>
    <message>
        <source>A password or token in the address works only with https:// addresses. Remove it from %1; Git will ask for it when it needs it.</source>
        <translation>Ein Passwort oder Token in der Adresse funktioniert nur bei https://-Adressen. Entfernen Sie es aus %1; Git fragt danach, wenn es es braucht.</translation>
    </message>
    <message>
        <source>Git&apos;s credential helper did not take the password; the remote was not changed.</source>
        <translation>Der Zugangsdaten-Helfer von Git hat das Passwort nicht angenommen; das entfernte Repository wurde nicht geändert.</translation>
    </message>
    <message>
        <source>Git has no credential helper to keep the password or token, so it was not saved: Git will ask for it when it needs it.</source>
        <translation>Git hat keinen Zugangsdaten-Helfer, der das Passwort oder Token aufbewahrt, daher wurde es nicht gespeichert: Git fragt danach, wenn es es braucht.</translation>
    </message>
    <message>
        <source>The repository at %1 refused the credentials. Check the user name and the password or token; the remote was not changed.</source>
        <translation>Das Repository unter %1 hat die Zugangsdaten abgelehnt. Prüfen Sie Benutzernamen und Passwort oder Token; das entfernte Repository wurde nicht geändert.</translation>
    </message>
    <message>
        <source>No Git repository could be reached at %1. Check the address and that you are online; the remote was not changed.</source>
        <translation>Unter %1 war kein Git-Repository erreichbar. Prüfen Sie die Adresse und ob Sie online sind; das entfernte Repository wurde nicht geändert.</translation>
    </message>
    <message>
        <source>Git could not read a repository at %1; the remote was not changed.</source>
        <translation>Git konnte unter %1 kein Repository lesen; das entfernte Repository wurde nicht geändert.</translation>
    </message>
</context>
<context>
    <name>storyloom::RevisionLoader</name>
    <message>
        <source>cannot read the file: its object is missing from the repository (a partial clone?)</source>
        <translation>Die Datei kann nicht gelesen werden: Ihr Objekt fehlt im Repository (ein partieller Klon?)</translation>
    </message>
</context>
<context>
    <name>storyloom::RoadmapDelegate</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress in percent</source>
        <translation>Fortschritt in Prozent</translation>
    </message>
</context>
<context>
    <name>storyloom::RoadmapEditor</name>
    <message>
        <source>%1 is not a goal</source>
        <translation>%1 ist kein Ziel</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 has no file of its own to hold front matter</source>
        <translation>%1 hat keine eigene Datei, die Front Matter aufnehmen könnte</translation>
    </message>
    <message>
        <source>%1 has no roadmap attributes to edit (no overview-table row, no front matter)</source>
        <translation>%1 hat keine Roadmap-Attribute zum Bearbeiten (keine Zeile in einer Übersichtstabelle, kein Front Matter)</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Regenerate overview table</source>
        <translation>Übersichtstabelle neu erzeugen</translation>
    </message>
    <message>
        <source>the row is not in the file any more</source>
        <translation>die Zeile steht nicht mehr in der Datei</translation>
    </message>
    <message>
        <source>the new parent is not a goal of the same overview table</source>
        <translation>das neue übergeordnete Element ist kein Ziel derselben Übersichtstabelle</translation>
    </message>
</context>
<context>
    <name>storyloom::RoadmapExportDialog</name>
    <message>
        <source>Export Roadmap</source>
        <translation>Roadmap exportieren</translation>
    </message>
    <message>
        <source>States:</source>
        <translation>Zustände:</translation>
    </message>
    <message>
        <source>Pain points each goal addresses</source>
        <translation>Schmerzpunkte, die jedes Ziel angeht</translation>
    </message>
    <message>
        <source>Shiny-future stories each goal realises</source>
        <translation>Zukunftsgeschichten, die jedes Ziel verwirklicht</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <source>%1 roadmap</source>
        <translation>Roadmap %1</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Left to right</source>
        <translation>Von links nach rechts</translation>
    </message>
    <message>
        <source>Top down</source>
        <translation>Von oben nach unten</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Richtung:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Choose the file to export to.</source>
        <translation>Wählen Sie die Datei, in die exportiert werden soll.</translation>
    </message>
    <message>
        <source>Preview of the roadmap diagram</source>
        <translation>Vorschau des Roadmap-Diagramms</translation>
    </message>
</context>
<context>
    <name>storyloom::RoadmapModel</name>
    <message>
        <source>Deliverable</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Verantwortliche</translation>
    </message>
    <message>
        <source>Pain points addressed</source>
        <translation>Angegangene Schmerzpunkte</translation>
    </message>
    <message>
        <source>Stories realised</source>
        <translation>Verwirklichte Geschichten</translation>
    </message>
    <message>
        <source>No state</source>
        <translation>Kein Status</translation>
    </message>
    <message>
        <source>%1 percent</source>
        <translation>%1 Prozent</translation>
    </message>
    <message>
        <source>No progress</source>
        <translation>Kein Fortschritt</translation>
    </message>
</context>
<context>
    <name>storyloom::RoadmapView</name>
    <message>
        <source>All states</source>
        <translation>Alle Zustände</translation>
    </message>
    <message>
        <source>Show only goals in this state</source>
        <translation>Nur Ziele in diesem Zustand zeigen</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Alle Verantwortlichen</translation>
    </message>
    <message>
        <source>Show only goals with this owner</source>
        <translation>Nur Ziele mit dieser verantwortlichen Person zeigen</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source> Owner:</source>
        <translation> Verantwortlich:</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Regenerate Overview Table…</source>
        <translation>Übersichtstabelle neu erzeugen …</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>Move Under</source>
        <translation>Unterordnen unter</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(oberste Ebene)</translation>
    </message>
    <message>
        <source>Regenerate Overview Table</source>
        <translation>Übersichtstabelle neu erzeugen</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Choose a page inside the project.</source>
        <translation>Wählen Sie eine Seite innerhalb des Projekts.</translation>
    </message>
    <message>
        <source>Wrote the overview table to %1 (between the storyloom:roadmap-table markers).</source>
        <translation>Die Übersichtstabelle wurde nach %1 geschrieben (zwischen die Markierungen storyloom:roadmap-table).</translation>
    </message>
    <message>
        <source>Roadmap tools</source>
        <translation>Roadmap-Werkzeuge</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Roadmap</translation>
    </message>
    <message>
        <source>Goals and their initiatives; F2 edits a state, progress or owners cell, Enter on a title opens it.</source>
        <translation>Ziele und ihre Initiativen; F2 bearbeitet eine Zelle für Status, Fortschritt oder Verantwortliche, Eingabe auf einem Titel öffnet ihn.</translation>
    </message>
    <message>
        <source>Roadmap message</source>
        <translation>Roadmap-Meldung</translation>
    </message>
</context>
<context>
    <name>storyloom::SavedViews</name>
    <message>
        <source>&apos;%1&apos; wants a single value</source>
        <translation>„%1“ erwartet einen einzelnen Wert</translation>
    </message>
    <message>
        <source>&apos;%1&apos; wants a list</source>
        <translation>„%1“ erwartet eine Liste</translation>
    </message>
    <message>
        <source>&apos;%1&apos; wants a number</source>
        <translation>„%1“ erwartet eine Zahl</translation>
    </message>
    <message>
        <source>a view is a mapping of keys (mode:, filter:, ...)</source>
        <translation>eine Ansicht ist eine Zuordnung von Schlüsseln (mode:, filter:, ...)</translation>
    </message>
    <message>
        <source>unknown mode &apos;%1&apos; (story-map, free-graph, matrix)</source>
        <translation>unbekannter Modus „%1“ (story-map, free-graph, matrix)</translation>
    </message>
    <message>
        <source>&apos;filter&apos; wants a mapping</source>
        <translation>„filter“ erwartet eine Zuordnung</translation>
    </message>
    <message>
        <source>unknown direction &apos;%1&apos; (both, downstream, upstream)</source>
        <translation>unbekannte Richtung „%1“ (both, downstream, upstream)</translation>
    </message>
    <message>
        <source>&apos;zoom&apos; wants a number above 0</source>
        <translation>„zoom“ erwartet eine Zahl über 0</translation>
    </message>
    <message>
        <source>&apos;positions&apos; wants a mapping of id: [x, y]</source>
        <translation>„positions“ erwartet eine Zuordnung id: [x, y]</translation>
    </message>
    <message>
        <source>a position is [x, y]</source>
        <translation>eine Position ist [x, y]</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; (title, mode, filter, focus, depth, direction, unfolded, pinned, zoom, positions)</source>
        <translation>unbekannter Schlüssel „%1“ (title, mode, filter, focus, depth, direction, unfolded, pinned, zoom, positions)</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>too large for a view file</source>
        <translation>zu groß für eine Ansichtsdatei</translation>
    </message>
    <message>
        <source>cannot create the folder of %1</source>
        <translation>der Ordner von %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>a tour is a mapping with title: and views:</source>
        <translation>eine Tour ist eine Zuordnung mit title: und views:</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; (title, views)</source>
        <translation>unbekannter Schlüssel „%1“ (title, views)</translation>
    </message>
    <message>
        <source>a tour lists its views under views:</source>
        <translation>eine Tour listet ihre Ansichten unter views:</translation>
    </message>
</context>
<context>
    <name>storyloom::SearchPanel</name>
    <message>
        <source>Search: words, &quot;phrases&quot;, OR, NOT, prefix*</source>
        <translation>Suche: Wörter, &quot;Phrasen&quot;, OR, NOT, Präfix*</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Jede Art</translation>
    </message>
    <message>
        <source>No matches.</source>
        <translation>Keine Treffer.</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>Search the project</source>
        <translation>Projekt durchsuchen</translation>
    </message>
    <message>
        <source>Entity type</source>
        <translation>Elementtyp</translation>
    </message>
    <message>
        <source>Story kind</source>
        <translation>Art der Geschichte</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Suchstatus</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
</context>
<context>
    <name>storyloom::SearchTools</name>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Backlinks</source>
        <translation>Rückverweise</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suche</translation>
    </message>
    <message>
        <source>&amp;Find in Project…</source>
        <translation>Im Projekt &amp;suchen …</translation>
    </message>
    <message>
        <source>&amp;Quick Open…</source>
        <translation>&amp;Schnell öffnen …</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Stop reading the project (what is shown stays)</source>
        <translation>Das Lesen des Projekts anhalten (was angezeigt wird, bleibt)</translation>
    </message>
    <message>
        <source>Stop reading the project</source>
        <translation>Einlesen des Projekts anhalten</translation>
    </message>
</context>
<context>
    <name>storyloom::SettingsDialog</name>
    <message>
        <source>Show line numbers</source>
        <translation>Zeilennummern anzeigen</translation>
    </message>
    <message>
        <source>Wrap long lines</source>
        <translation>Lange Zeilen umbrechen</translation>
    </message>
    <message>
        <source>Save automatically after a pause and when leaving the editor</source>
        <translation>Nach einer Pause und beim Verlassen des Editors automatisch speichern</translation>
    </message>
    <message>
        <source>Show the preview beside the editor</source>
        <translation>Die Vorschau neben dem Editor anzeigen</translation>
    </message>
    <message>
        <source>Keep the preview scrolled with the editor</source>
        <translation>Die Vorschau mit dem Editor mitscrollen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Farben:</translation>
    </message>
    <message>
        <source>Autosave after:</source>
        <translation>Automatisch speichern nach:</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
</context>
<context>
    <name>storyloom::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Filter by action or key…</source>
        <translation>Nach Aktion oder Taste filtern …</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separates alternative shortcuts</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>No shortcut: open the menu with Alt and the underlined letters.</source>
        <translation>Kein Tastenkürzel: Öffnen Sie das Menü mit Alt und den unterstrichenen Buchstaben.</translation>
    </message>
    <message>
        <source>%1 is claimed by %2</source>
        <translation>%1 wird beansprucht von %2</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>These shortcuts are ambiguous and do nothing: %1</source>
        <translation>Diese Tastenkürzel sind mehrdeutig und bewirken nichts: %1</translation>
    </message>
    <message>
        <source>Filter by action or key</source>
        <translation>Nach Aktion oder Taste filtern</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>storyloom::StoryMapKeyModel</name>
    <message numerus="yes">
        <source>Group of %1: %n entity(s), folded; Enter unfolds</source>
        <extracomment>A folded group of the story map for screen readers: the type of its members and how many.</extracomment>
        <translation>
            <numerusform>Gruppe von %1: %n Element, zugeklappt; Eingabe klappt sie auf</numerusform>
            <numerusform>Gruppe von %1: %n Elemente, zugeklappt; Eingabe klappt sie auf</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Group of %1: %n entity(s), unfolded; Enter folds</source>
        <translation>
            <numerusform>Gruppe von %1: %n Element, aufgeklappt; Eingabe klappt sie zu</numerusform>
            <numerusform>Gruppe von %1: %n Elemente, aufgeklappt; Eingabe klappt sie zu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storyloom::StoryMapLayout</name>
    <message>
        <source>No character</source>
        <translation>Ohne Figur</translation>
    </message>
    <message>
        <source>Not addressed</source>
        <translation>Nicht angegangen</translation>
    </message>
    <message>
        <source>Top folder</source>
        <translation>Oberster Ordner</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Weitere</translation>
    </message>
</context>
<context>
    <name>storyloom::SuggestionsPanel</name>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Annehmen</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>A&amp;blehnen</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>Ü&amp;berspringen</translation>
    </message>
    <message>
        <source>A: accept · R: reject · S or Down: skip</source>
        <translation>A: annehmen · R: ablehnen · S oder Pfeil ab: überspringen</translation>
    </message>
    <message>
        <source>Keep this relation (A)</source>
        <translation>Diese Beziehung behalten (A)</translation>
    </message>
    <message>
        <source>Never suggest this relation again (R)</source>
        <translation>Diese Beziehung nie wieder vorschlagen (R)</translation>
    </message>
    <message>
        <source>Decide later (S or Down)</source>
        <translation>Später entscheiden (S oder Pfeil ab)</translation>
    </message>
    <message>
        <source>Looking for suggestions…</source>
        <translation>Suche nach Vorschlägen…</translation>
    </message>
    <message>
        <source>No suggestions: every pain point the text ties to a goal is linked or decided.</source>
        <translation>Keine Vorschläge: Jeder Schmerzpunkt, den der Text mit einem Ziel verbindet, ist verknüpft oder entschieden.</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s). A accepts, R rejects, S or Down skips.</source>
        <translation>
            <numerusform>%n Vorschlag. A nimmt an, R lehnt ab, S oder Pfeil ab überspringt.</numerusform>
            <numerusform>%n Vorschläge. A nimmt an, R lehnt ab, S oder Pfeil ab überspringt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shared words: %1</source>
        <translation>Gemeinsame Wörter: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Accepted: written to %1</source>
        <translation>Angenommen: in %1 geschrieben</translation>
    </message>
    <message>
        <source>Rejected: written to %1</source>
        <translation>Abgelehnt: in %1 geschrieben</translation>
    </message>
    <message>
        <source>Suggested relations</source>
        <translation>Vorgeschlagene Beziehungen</translation>
    </message>
    <message>
        <source>The page the relation starts from</source>
        <translation>Die Seite, von der die Beziehung ausgeht</translation>
    </message>
    <message>
        <source>The page the relation would lead to</source>
        <translation>Die Seite, zu der die Beziehung führen würde</translation>
    </message>
</context>
<context>
    <name>storyloom::SyncController</name>
    <message>
        <source>Branch, and commits to push (↑) and to merge (↓)</source>
        <translation>Branch sowie Commits zum Pushen (↑) und zum Zusammenführen (↓)</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synchronisieren</translation>
    </message>
    <message>
        <source>Commit your changes, merge what others pushed, and push (Ctrl+Shift+S)</source>
        <translation>Ihre Änderungen committen, zusammenführen, was andere gepusht haben, und pushen (Strg+Umschalt+S)</translation>
    </message>
    <message>
        <source>Cancel S&amp;ync</source>
        <translation>Synchronisierung a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Resolve C&amp;onflicts…</source>
        <translation>&amp;Konflikte lösen …</translation>
    </message>
    <message>
        <source>&amp;History of This Entity…</source>
        <translation>&amp;Verlauf dieses Elements …</translation>
    </message>
    <message>
        <source>Start &amp;Versioning</source>
        <translation>&amp;Versionierung beginnen</translation>
    </message>
    <message>
        <source>Put this folder under version control with Git</source>
        <translation>Diesen Ordner mit Git unter Versionskontrolle stellen</translation>
    </message>
    <message>
        <source>&amp;Clone…</source>
        <translation>&amp;Klonen …</translation>
    </message>
    <message>
        <source>Git not installed</source>
        <translation>Git nicht installiert</translation>
    </message>
    <message>
        <source>Not versioned</source>
        <translation>Nicht versioniert</translation>
    </message>
    <message>
        <source>detached</source>
        <translation>losgelöst</translation>
    </message>
    <message>
        <source>(not shared yet)</source>
        <translation>(noch nicht geteilt)</translation>
    </message>
    <message numerus="yes">
        <source>%n conflicted</source>
        <translation>
            <numerusform>%n mit Konflikt</numerusform>
            <numerusform>%n mit Konflikten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n geändert</numerusform>
            <numerusform>%n geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced and pushed.</source>
        <translation>Synchronisiert und gepusht.</translation>
    </message>
    <message>
        <source>Synced.</source>
        <translation>Synchronisiert.</translation>
    </message>
    <message numerus="yes">
        <source>Sync stopped: %n file(s) need you to choose.</source>
        <translation>
            <numerusform>Synchronisierung angehalten: Bei %n Datei müssen Sie wählen.</numerusform>
            <numerusform>Synchronisierung angehalten: Bei %n Dateien müssen Sie wählen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Synchronisierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisieren</translation>
    </message>
    <message>
        <source>Remove the Lock and Sync</source>
        <translation>Sperre entfernen und synchronisieren</translation>
    </message>
    <message>
        <source>Who Are You?</source>
        <translation>Wer sind Sie?</translation>
    </message>
    <message>
        <source>Commits name their author. This is saved for this repository only.</source>
        <translation>Commits nennen ihren Autor. Dies wird nur für dieses Repository gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>An earlier sync stopped with conflicts: resolve them or abort the sync.</source>
        <translation>Eine frühere Synchronisierung wurde wegen Konflikten angehalten: Lösen Sie sie oder brechen Sie die Synchronisierung ab.</translation>
    </message>
    <message>
        <source>Unfinished Sync</source>
        <translation>Unfertige Synchronisierung</translation>
    </message>
    <message>
        <source>An earlier sync was interrupted after merging. Finish it now?</source>
        <translation>Eine frühere Synchronisierung wurde nach dem Zusammenführen unterbrochen. Jetzt abschließen?</translation>
    </message>
    <message>
        <source>Finish Sync</source>
        <translation>Synchronisierung abschließen</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>An earlier sync was interrupted; the next sync cleans up after it.</source>
        <translation>Eine frühere Synchronisierung wurde unterbrochen; die nächste räumt hinter ihr auf.</translation>
    </message>
    <message>
        <source>Open an entity first to see its history.</source>
        <translation>Öffnen Sie zuerst ein Element, um seinen Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>Restored the old version as a new change; sync to share it.</source>
        <translation>Die alte Fassung wurde als neue Änderung wiederhergestellt; synchronisieren Sie, um sie zu teilen.</translation>
    </message>
    <message>
        <source>Start Versioning</source>
        <translation>Versionierung beginnen</translation>
    </message>
    <message>
        <source>Versioning started: every sync now records a version.</source>
        <translation>Versionierung begonnen: Jede Synchronisierung hält jetzt eine Fassung fest.</translation>
    </message>
    <message>
        <source>&amp;Automatic Sync</source>
        <translation>&amp;Automatisch synchronisieren</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message numerus="yes">
        <source>Every %n Minute(s)</source>
        <translation>
            <numerusform>Jede Minute</numerusform>
            <numerusform>Alle %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After %n Idle Minute(s)</source>
        <translation>
            <numerusform>Nach %n Minute ohne Eingabe</numerusform>
            <numerusform>Nach %n Minuten ohne Eingabe</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync once you have not typed or clicked for a while</source>
        <translation>Synchronisieren, sobald Sie eine Weile nichts getippt oder geklickt haben</translation>
    </message>
    <message>
        <source>Automatic sync failed: %1</source>
        <translation>Automatische Synchronisierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>&amp;Remote…</source>
        <translation>&amp;Entferntes Repository …</translation>
    </message>
    <message>
        <source>Set the address of the repository syncs push to and fetch from</source>
        <translation>Die Adresse des Repositorys festlegen, mit dem synchronisiert wird</translation>
    </message>
    <message>
        <source>Merge Both Histories</source>
        <translation>Beide Historien zusammenführen</translation>
    </message>
    <message>
        <source>Remote set to %1: the next sync shares this project there.</source>
        <translation>Entferntes Repository ist jetzt %1: Die nächste Synchronisierung teilt das Projekt dort.</translation>
    </message>
    <message>
        <source>Push to a New Branch…</source>
        <translation>Auf einen neuen Branch pushen…</translation>
    </message>
    <message>
        <source>Push to a New Branch</source>
        <translation>Auf einen neuen Branch pushen</translation>
    </message>
    <message>
        <source>Name of the new branch on the remote:</source>
        <translation>Name des neuen Branches auf dem Server:</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Synchronisierungsstatus</translation>
    </message>
    <message>
        <source>Sync in progress</source>
        <translation>Synchronisierung läuft</translation>
    </message>
</context>
<context>
    <name>storyloom::SyncError</name>
    <message>
        <source>Git is not installed. Install Git 2.39 or newer to version and share this project.</source>
        <translation>Git ist nicht installiert. Installieren Sie Git 2.39 oder neuer, um dieses Projekt zu versionieren und zu teilen.</translation>
    </message>
    <message>
        <source>This folder is not under version control yet. Use &quot;Start versioning&quot; first.</source>
        <translation>Dieser Ordner steht noch nicht unter Versionskontrolle. Verwenden Sie zuerst „Versionierung beginnen“.</translation>
    </message>
    <message>
        <source>The repository is not on a branch (detached HEAD). Switch to a branch in a terminal, then sync again.</source>
        <translation>Das Repository ist auf keinem Branch (losgelöster HEAD). Wechseln Sie in einem Terminal auf einen Branch und synchronisieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>The repository is locked by another program (a Git command or another editor is running). Wait for it to finish and sync again; if no other Git program is running, remove the stale lock.</source>
        <translation>Das Repository ist von einem anderen Programm gesperrt (ein Git-Befehl oder ein anderer Editor läuft). Warten Sie, bis es fertig ist, und synchronisieren Sie erneut; läuft kein anderes Git-Programm, entfernen Sie die veraltete Sperre.</translation>
    </message>
    <message>
        <source>Git does not know who you are. Set your name and e-mail for this repository, then sync again.</source>
        <translation>Git weiß nicht, wer Sie sind. Legen Sie Ihren Namen und Ihre E-Mail-Adresse für dieses Repository fest und synchronisieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>The remote repository cannot be reached (offline, or its address is wrong). Your changes are committed locally; sync again when you are back online.</source>
        <translation>Das entfernte Repository ist nicht erreichbar (offline oder falsche Adresse). Ihre Änderungen sind lokal committet; synchronisieren Sie erneut, wenn Sie wieder online sind.</translation>
    </message>
    <message>
        <source>The remote refused your credentials. Check your password, token or SSH key, then sync again. Your changes are committed locally.</source>
        <translation>Das entfernte Repository hat Ihre Zugangsdaten abgelehnt. Prüfen Sie Passwort, Token oder SSH-Schlüssel und synchronisieren Sie dann erneut. Ihre Änderungen sind lokal committet.</translation>
    </message>
    <message>
        <source>The remote rejected the push (someone pushed at the same moment, or the branch is protected). Your changes are committed locally; sync again to merge and retry.</source>
        <translation>Das entfernte Repository hat den Push abgelehnt (jemand hat gleichzeitig gepusht, oder der Branch ist geschützt). Ihre Änderungen sind lokal committet; synchronisieren Sie erneut, um zusammenzuführen und es noch einmal zu versuchen.</translation>
    </message>
    <message>
        <source>Some files were changed on both sides. Resolve the conflicts, then sync again to finish, or abort the sync.</source>
        <translation>Einige Dateien wurden auf beiden Seiten geändert. Lösen Sie die Konflikte und synchronisieren Sie dann erneut, um abzuschließen, oder brechen Sie die Synchronisierung ab.</translation>
    </message>
    <message>
        <source>The sync was cancelled. Everything committed so far is kept locally.</source>
        <translation>Die Synchronisierung wurde abgebrochen. Alles bisher Committete bleibt lokal erhalten.</translation>
    </message>
    <message>
        <source>Git failed. Your files are unchanged; see the details below.</source>
        <translation>Git ist fehlgeschlagen. Ihre Dateien sind unverändert; Einzelheiten stehen unten.</translation>
    </message>
    <message>
        <source>The remote&apos;s history has nothing in common with this project&apos;s: the two were started separately. Merging them keeps the files of both sides. Your changes are committed locally.</source>
        <translation>Die Historie des entfernten Repositorys hat nichts mit der dieses Projekts gemein: Beide wurden getrennt begonnen. Beim Zusammenführen bleiben die Dateien beider Seiten erhalten. Ihre Änderungen sind lokal committet.</translation>
    </message>
    <message numerus="yes">
        <source>A lock at least %n minute(s) old is removed by the next sync when no Git program works on the repository.</source>
        <translation>
            <numerusform>Eine mindestens %n Minute alte Sperre entfernt die nächste Synchronisierung, wenn kein Git-Programm am Repository arbeitet.</numerusform>
            <numerusform>Eine mindestens %n Minuten alte Sperre entfernt die nächste Synchronisierung, wenn kein Git-Programm am Repository arbeitet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The remote refused the push. Your changes are committed locally; ask the remote&apos;s owner, or push them to a new branch.</source>
        <translation>Der Server hat den Push abgelehnt. Ihre Änderungen sind lokal committet; fragen Sie den Betreiber des Servers, oder pushen Sie sie auf einen neuen Branch.</translation>
    </message>
    <message>
        <source>This remote address only allows reading, so the push was refused. Your changes are committed locally; set an address you can push to (Sync &gt; Remote…).</source>
        <translation>Diese Adresse erlaubt nur Lesen, darum wurde der Push abgelehnt. Ihre Änderungen sind lokal committet; setzen Sie eine Adresse, auf die Sie pushen dürfen (Synchronisieren &gt; Remote…).</translation>
    </message>
    <message>
        <source>The SSH server is not known yet and its host key was not confirmed, so nothing was sent. Compare the key&apos;s fingerprint with the one the server&apos;s owner gives you, then sync again and accept it.</source>
        <translation>Der SSH-Server ist noch unbekannt und sein Host-Schlüssel wurde nicht bestätigt, darum wurde nichts gesendet. Vergleichen Sie den Fingerabdruck des Schlüssels mit dem, den Ihnen der Betreiber des Servers nennt, synchronisieren Sie dann erneut und bestätigen Sie ihn.</translation>
    </message>
    <message>
        <source>Warning: the SSH server&apos;s host key has changed. Someone may be intercepting the connection, or the server was reinstalled. The sync stopped and sent nothing; ask the server&apos;s owner before you remove the old key from your known_hosts file.</source>
        <translation>Warnung: Der Host-Schlüssel des SSH-Servers hat sich geändert. Jemand könnte die Verbindung abfangen, oder der Server wurde neu installiert. Die Synchronisierung wurde angehalten und hat nichts gesendet; fragen Sie den Betreiber des Servers, bevor Sie den alten Schlüssel aus Ihrer known_hosts-Datei entfernen.</translation>
    </message>
    <message>
        <source>The remote refused the push. It said:

%1

Your changes are committed locally; ask the remote&apos;s owner, or push them to a new branch.</source>
        <translation>Der Server hat den Push abgelehnt. Er meldete:

%1

Ihre Änderungen sind lokal committet; fragen Sie den Betreiber des Servers, oder pushen Sie sie auf einen neuen Branch.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not signed by a certificate authority Git trusts, so nothing was sent. If the server uses your organisation&apos;s own authority, tell Git where its certificate is (git config --global http.sslCAInfo /path/to/authority.pem) and sync again. Your changes are committed locally.</source>
        <translation>Das Zertifikat des Servers ist von keiner Zertifizierungsstelle signiert, der Git vertraut, daher wurde nichts gesendet. Verwendet der Server die eigene Zertifizierungsstelle Ihrer Organisation, teilen Sie Git mit, wo deren Zertifikat liegt (git config --global http.sslCAInfo /pfad/zur/stelle.pem), und synchronisieren Sie erneut. Ihre Änderungen sind lokal committet.</translation>
    </message>
    <message>
        <source>The disk is full: Git could not write to the repository. Nothing was lost: your files are as you saved them and the repository is as it was before this step. Free some space and sync again.</source>
        <translation>Der Datenträger ist voll: Git konnte nicht in das Repository schreiben. Nichts ging verloren: Ihre Dateien sind so, wie Sie sie gespeichert haben, und das Repository ist so wie vor diesem Schritt. Geben Sie etwas Speicherplatz frei und synchronisieren Sie erneut.</translation>
    </message>
</context>
<context>
    <name>storyloom::SyncLock</name>
    <message numerus="yes">
        <source>Removed %1, a lock %n minute(s) old: no Git program works on this repository any more (a Git program that crashed leaves such a lock behind).</source>
        <translation>
            <numerusform>%1 entfernt, eine %n Minute alte Sperre: kein Git-Programm arbeitet mehr an diesem Repository (ein abgestürztes Git-Programm hinterlässt eine solche Sperre).</numerusform>
            <numerusform>%1 entfernt, eine %n Minuten alte Sperre: kein Git-Programm arbeitet mehr an diesem Repository (ein abgestürztes Git-Programm hinterlässt eine solche Sperre).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storyloom::SyncRun</name>
    <message>
        <source>Checking the repository…</source>
        <translation>Repository wird geprüft …</translation>
    </message>
    <message>
        <source>Removed a stale lock left by an interrupted sync.</source>
        <translation>Eine veraltete Sperre einer unterbrochenen Synchronisierung wurde entfernt.</translation>
    </message>
    <message>
        <source>Finishing the merge…</source>
        <translation>Zusammenführung wird abgeschlossen …</translation>
    </message>
    <message>
        <source>Completed the merge an earlier sync had started.</source>
        <translation>Die von einer früheren Synchronisierung begonnene Zusammenführung wurde abgeschlossen.</translation>
    </message>
    <message>
        <source>Committing your changes…</source>
        <translation>Ihre Änderungen werden committet …</translation>
    </message>
    <message>
        <source>Fetching from %1…</source>
        <translation>Abrufen von %1 …</translation>
    </message>
    <message>
        <source>Merging changes from %1…</source>
        <translation>Änderungen von %1 werden zusammengeführt …</translation>
    </message>
    <message>
        <source>Merge changes from %1</source>
        <translation>Änderungen von %1 zusammenführen</translation>
    </message>
    <message>
        <source>Pushing to %1…</source>
        <translation>Pushen nach %1 …</translation>
    </message>
    <message>
        <source>This repository has no remote: your changes are committed locally.</source>
        <translation>Dieses Repository hat kein entferntes Gegenstück: Ihre Änderungen sind lokal committet.</translation>
    </message>
    <message>
        <source>The remote moved while syncing; merged again and retried.</source>
        <translation>Das entfernte Repository hat sich während der Synchronisierung geändert; erneut zusammengeführt und wiederholt.</translation>
    </message>
    <message>
        <source>Synced.</source>
        <translation>Synchronisiert.</translation>
    </message>
    <message>
        <source>The remote refused the credentials; asked for them once more.</source>
        <translation>Der Server hat die Zugangsdaten abgelehnt; sie wurden noch einmal abgefragt.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing arrived from the remote for %n second(s), so the sync stopped waiting.</source>
        <translation>
            <numerusform>Vom Server kam %n Sekunde lang nichts, darum hat die Synchronisierung aufgehört zu warten.</numerusform>
            <numerusform>Vom Server kam %n Sekunden lang nichts, darum hat die Synchronisierung aufgehört zu warten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Someone rewrote the history of %1 on the remote (a force-push). Nothing of yours was reset or rebased: your commits were merged with the new history and stay in it, with any commits the rewrite dropped.</source>
        <translation>Jemand hat die Historie von %1 auf dem Server umgeschrieben (ein Force-Push). Nichts von Ihnen wurde zurückgesetzt oder per Rebase verschoben: Ihre Commits wurden mit der neuen Historie zusammengeführt und bleiben darin, zusammen mit den Commits, die das Umschreiben entfernt hatte.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name a branch.</source>
        <translation>„%1“ ist kein gültiger Branch-Name.</translation>
    </message>
    <message>
        <source>Pushing to the new branch %1 of %2…</source>
        <translation>Pushe auf den neuen Branch %1 von %2…</translation>
    </message>
    <message>
        <source>Your commits are on the new branch %1 of %2; the branch you work on is unchanged.</source>
        <translation>Ihre Commits liegen auf dem neuen Branch %1 von %2; der Branch, an dem Sie arbeiten, ist unverändert.</translation>
    </message>
    <message>
        <source>Waiting for another sync of this project to finish…</source>
        <translation>Warte, bis eine andere Synchronisierung dieses Projekts fertig ist …</translation>
    </message>
    <message numerus="yes">
        <source>Another sync of this project (in another window or program) has been running for %n minute(s); this one stopped waiting. Your changes are saved; sync again later.</source>
        <translation>
            <numerusform>Eine andere Synchronisierung dieses Projekts (in einem anderen Fenster oder Programm) läuft seit %n Minute; diese hat aufgehört zu warten. Ihre Änderungen sind gespeichert; synchronisieren Sie später erneut.</numerusform>
            <numerusform>Eine andere Synchronisierung dieses Projekts (in einem anderen Fenster oder Programm) läuft seit %n Minuten; diese hat aufgehört zu warten. Ihre Änderungen sind gespeichert; synchronisieren Sie später erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waited for another sync of this project to finish.</source>
        <translation>Es wurde gewartet, bis eine andere Synchronisierung dieses Projekts fertig war.</translation>
    </message>
    <message>
        <source>The connection broke at the end of the push, but %1 has your commits: checked with it afterwards.</source>
        <translation>Die Verbindung brach am Ende des Pushs ab, aber %1 hat Ihre Commits: danach dort nachgeprüft.</translation>
    </message>
</context>
<context>
    <name>storyloom::SyncSession</name>
    <message>
        <source>Saving open files…</source>
        <translation>Offene Dateien werden gespeichert …</translation>
    </message>
    <message>
        <source>Some files could not be saved.</source>
        <translation>Einige Dateien konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Vorbereiten</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Committing</source>
        <translation>Committen</translation>
    </message>
    <message>
        <source>Fetching</source>
        <translation>Abrufen</translation>
    </message>
    <message>
        <source>Merging</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Pushing</source>
        <translation>Pushen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>storyloom::TimelineStrip</name>
    <message>
        <source>Vision timeline</source>
        <translation>Zeitleiste der Vision</translation>
    </message>
    <message>
        <source>Now: the vision as it is in the folder</source>
        <translation>Jetzt: die Vision, wie sie im Ordner steht</translation>
    </message>
    <message>
        <source>Commit %1 of %2: %3, %4</source>
        <translation>Commit %1 von %2: %3, %4</translation>
    </message>
    <message>
        <source>(tag %1)</source>
        <translation>(Tag %1)</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
</context>
<context>
    <name>storyloom::ViewDiagram</name>
    <message>
        <source>the view&apos;s focus &apos;%1&apos; is no entity of the project</source>
        <translation>der Fokus „%1“ der Ansicht ist keine Entität des Projekts</translation>
    </message>
    <message>
        <source>a matrix view exports with export --matrix ROWS,COLS</source>
        <translation>eine Matrix-Ansicht wird mit export --matrix ZEILEN,SPALTEN exportiert</translation>
    </message>
</context>
<context>
    <name>storyloom::VisionChart</name>
    <message>
        <source>Addressed</source>
        <translation>Behandelt</translation>
    </message>
    <message>
        <source>Not addressed</source>
        <translation>Nicht behandelt</translation>
    </message>
    <message>
        <source>No state</source>
        <translation>Kein Status</translation>
    </message>
    <message>
        <source>What the chart shows</source>
        <translation>Was das Diagramm zeigt</translation>
    </message>
    <message>
        <source>Entities by type</source>
        <translation>Einträge nach Typ</translation>
    </message>
    <message>
        <source>Pain points addressed and not</source>
        <translation>Schmerzpunkte, behandelt und offen</translation>
    </message>
    <message>
        <source>Goals by state</source>
        <translation>Ziele nach Status</translation>
    </message>
    <message>
        <source>The vision over time</source>
        <translation>Die Vision im Lauf der Zeit</translation>
    </message>
</context>
<context>
    <name>storyloom::VisionDigest</name>
    <message>
        <source>Vision changes from %1 to %2</source>
        <translation>Änderungen der Vision von %1 bis %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>(owners: %1)</source>
        <translation>(Verantwortliche: %1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Goals that changed state</source>
        <translation>Ziele mit geändertem Status</translation>
    </message>
    <message>
        <source>New stories</source>
        <translation>Neue Geschichten</translation>
    </message>
    <message>
        <source>New pain points</source>
        <translation>Neue Schmerzpunkte</translation>
    </message>
    <message>
        <source>Pain points newly addressed</source>
        <translation>Neu angegangene Schmerzpunkte</translation>
    </message>
    <message>
        <source>Pain points still open</source>
        <translation>Noch offene Schmerzpunkte</translation>
    </message>
    <message>
        <source>No goal, story or pain point changed.</source>
        <translation>Kein Ziel, keine Geschichte und kein Schmerzpunkt hat sich geändert.</translation>
    </message>
</context>
<context>
    <name>storyloom::VisionHistory</name>
    <message>
        <source>Loading the vision at %1…</source>
        <translation>Vision bei %1 wird geladen…</translation>
    </message>
    <message>
        <source>Comparing with %1…</source>
        <translation>Vergleich mit %1…</translation>
    </message>
    <message>
        <source>Reading the vision&apos;s history…</source>
        <translation>Geschichte der Vision wird gelesen…</translation>
    </message>
</context>
<context>
    <name>storyloom::WordCountLabel</name>
    <message>
        <source>Word count</source>
        <translation>Wortzahl</translation>
    </message>
</context>
<context>
    <name>storyloom::Writer</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>no entity &apos;%1&apos;</source>
        <translation>kein Element &apos;%1&apos;</translation>
    </message>
    <message>
        <source>this mdBook has no front matter (mdBook would show it as text); edit the page&apos;s text instead</source>
        <translation>dieses mdBook hat kein Front Matter (mdBook würde es als Text zeigen); bearbeiten Sie stattdessen den Text der Seite</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no file of its own to write to</source>
        <translation>&apos;%1&apos; hat keine eigene Datei, in die geschrieben werden kann</translation>
    </message>
    <message>
        <source>the front matter of %1 does not parse; fix it first (%2)</source>
        <translation>das Front Matter von %1 lässt sich nicht lesen; beheben Sie das zuerst (%2)</translation>
    </message>
    <message>
        <source>a &apos;%1&apos; relation is written as a Markdown link, not front matter</source>
        <translation>eine Beziehung &apos;%1&apos; wird als Markdown-Link geschrieben, nicht als Front Matter</translation>
    </message>
    <message>
        <source>no file to move for &apos;%1&apos;</source>
        <translation>keine Datei zum Verschieben für &apos;%1&apos;</translation>
    </message>
    <message>
        <source>refusing to move outside the project: %1</source>
        <translation>Verschieben aus dem Projekt hinaus verweigert: %1</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 existiert bereits</translation>
    </message>
    <message>
        <source>cannot move %1 to %2</source>
        <translation>%1 kann nicht nach %2 verschoben werden</translation>
    </message>
    <message>
        <source>no file to delete for &apos;%1&apos;</source>
        <translation>keine Datei zum Löschen für &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot move %1 to the trash</source>
        <translation>%1 kann nicht in den Papierkorb verschoben werden</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>nothing to write</source>
        <translation>nichts zu schreiben</translation>
    </message>
    <message>
        <source>%1 changed since the page was planned; try again</source>
        <translation>%1 hat sich geändert, seit die Seite geplant wurde; bitte erneut versuchen</translation>
    </message>
    <message>
        <source>no file to rename for &apos;%1&apos;</source>
        <translation>keine Datei zum Umbenennen für &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a page needs a title</source>
        <translation>eine Seite braucht einen Titel</translation>
    </message>
    <message>
        <source>%1 has chapters nested under it in SUMMARY.md; move or delete them first</source>
        <translation>unter %1 stehen in SUMMARY.md weitere Kapitel; verschieben oder löschen Sie diese zuerst</translation>
    </message>
    <message>
        <source>refusing to write outside the project: %1</source>
        <translation>Schreiben außerhalb des Projekts verweigert: %1</translation>
    </message>
    <message>
        <source>refusing to write through a link that leaves the project: %1</source>
        <translation>Schreiben über einen Link, der aus dem Projekt hinausführt, verweigert: %1</translation>
    </message>
    <message>
        <source>refusing to write %1: it is not in the open project %2</source>
        <translation>Schreiben von %1 verweigert: es liegt nicht im geöffneten Projekt %2</translation>
    </message>
    <message>
        <source>New page</source>
        <translation>Neue Seite</translation>
    </message>
    <message>
        <source>Move page</source>
        <translation>Seite verschieben</translation>
    </message>
    <message>
        <source>Rename page</source>
        <translation>Seite umbenennen</translation>
    </message>
    <message>
        <source>Move page to trash</source>
        <translation>Seite in den Papierkorb verschieben</translation>
    </message>
    <message>
        <source>cannot remove %1: %2</source>
        <translation>%1 kann nicht entfernt werden: %2</translation>
    </message>
</context>
<context>
    <name>storyloom::cli</name>
    <message>
        <source>Commit the project&apos;s changes, merge what others pushed, and push. Exit status: 0 synced, 1 error, 3 conflicts (the conflicted paths are listed on stdout).</source>
        <translation>Committet die Änderungen des Projekts, führt zusammen, was andere gepusht haben, und pusht. Rückgabewert: 0 synchronisiert, 1 Fehler, 3 Konflikte (die betroffenen Pfade stehen auf der Standardausgabe).</translation>
    </message>
    <message>
        <source>the commit message (default: one naming what changed)</source>
        <translation>die Commit-Nachricht (Vorgabe: eine, die das Geänderte nennt)</translation>
    </message>
    <message>
        <source>commit and merge, but do not push</source>
        <translation>committen und zusammenführen, aber nicht pushen</translation>
    </message>
    <message>
        <source>abort an unfinished merge, back to the local state before the sync</source>
        <translation>eine unfertige Zusammenführung abbrechen, zurück zum lokalen Stand vor der Synchronisierung</translation>
    </message>
    <message>
        <source>print only errors and conflicts</source>
        <translation>nur Fehler und Konflikte ausgeben</translation>
    </message>
    <message>
        <source>the project&apos;s folder</source>
        <translation>der Ordner des Projekts</translation>
    </message>
    <message>
        <source>storyloom-cli sync: %1: no such folder</source>
        <translation>storyloom-cli sync: %1: Ordner existiert nicht</translation>
    </message>
    <message>
        <source>storyloom-cli sync: no unfinished merge to abort</source>
        <translation>storyloom-cli sync: keine unfertige Zusammenführung zum Abbrechen</translation>
    </message>
    <message>
        <source>Merge aborted: the project is back to its local state.</source>
        <translation>Zusammenführung abgebrochen: Das Projekt ist wieder auf seinem lokalen Stand.</translation>
    </message>
    <message>
        <source>Committed: %1</source>
        <translation>Committet: %1</translation>
    </message>
    <message>
        <source>Merged front matter key by key: %1</source>
        <translation>Front Matter Schlüssel für Schlüssel zusammengeführt: %1</translation>
    </message>
    <message>
        <source>Synced and pushed.</source>
        <translation>Synchronisiert und gepusht.</translation>
    </message>
    <message>
        <source>Synced.</source>
        <translation>Synchronisiert.</translation>
    </message>
    <message>
        <source>%1 failed (%2): </source>
        <translation>%1 fehlgeschlagen (%2): </translation>
    </message>
    <message>
        <source>svg, png, pdf, dot, mermaid or md (default: from the output&apos;s suffix)</source>
        <translation>svg, png, pdf, dot, mermaid oder md (Vorgabe: aus der Endung der Ausgabedatei)</translation>
    </message>
    <message>
        <source>LR (left to right, default) or TB (top down)</source>
        <translation>LR (von links nach rechts, Vorgabe) oder TB (von oben nach unten)</translation>
    </message>
    <message>
        <source>the file to write, - for stdout (text formats)</source>
        <translation>die zu schreibende Datei, - für die Standardausgabe (Textformate)</translation>
    </message>
    <message>
        <source>storyloom-cli export: give the output with -o FILE (or -o - for stdout)</source>
        <translation>storyloom-cli export: geben Sie die Ausgabe mit -o DATEI an (oder -o - für die Standardausgabe)</translation>
    </message>
    <message>
        <source>storyloom-cli export: unknown format &apos;%1&apos; (svg, png, pdf, dot, mermaid, md)</source>
        <translation>storyloom-cli export: unbekanntes Format &apos;%1&apos; (svg, png, pdf, dot, mermaid, md)</translation>
    </message>
    <message>
        <source>storyloom-cli export: %1 is binary; write it to a file with -o FILE</source>
        <translation>storyloom-cli export: %1 ist binär; schreiben Sie es mit -o DATEI in eine Datei</translation>
    </message>
    <message>
        <source>storyloom-cli export: --scale wants a number above 0 and at most 16</source>
        <translation>storyloom-cli export: --scale erwartet eine Zahl größer als 0 und höchstens 16</translation>
    </message>
    <message>
        <source>storyloom-cli export: --direction is LR or TB</source>
        <translation>storyloom-cli export: --direction ist LR oder TB</translation>
    </message>
    <message>
        <source>storyloom-cli export: cannot write %1: %2</source>
        <translation>storyloom-cli export: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export the roadmap as a diagram (svg, png, pdf, dot, mermaid) or as its Markdown overview table (md).</source>
        <translation>Exportiert die Roadmap als Diagramm (svg, png, pdf, dot, mermaid) oder als Markdown-Übersichtstabelle (md).</translation>
    </message>
    <message>
        <source>export the roadmap (goals and initiatives)</source>
        <translation>die Roadmap exportieren (Ziele und Initiativen)</translation>
    </message>
    <message>
        <source>export the graph instead (see --graph --help)</source>
        <translation>stattdessen den Graphen exportieren (siehe --graph --help)</translation>
    </message>
    <message>
        <source>only goals in this state (done, in-progress, help-wanted, paused); repeatable</source>
        <translation>nur Ziele in diesem Zustand (done, in-progress, help-wanted, paused); wiederholbar</translation>
    </message>
    <message>
        <source>add the pain points each goal addresses</source>
        <translation>die Schmerzpunkte hinzufügen, die jedes Ziel angeht</translation>
    </message>
    <message>
        <source>add the shiny-future stories each goal realises</source>
        <translation>die Zukunftsgeschichten hinzufügen, die jedes Ziel verwirklicht</translation>
    </message>
    <message>
        <source>the diagram&apos;s title (default: &quot;&lt;project&gt; roadmap&quot;)</source>
        <translation>der Titel des Diagramms (Vorgabe: &quot;Roadmap &lt;Projekt&gt;&quot;)</translation>
    </message>
    <message>
        <source>leave out the legend</source>
        <translation>die Legende weglassen</translation>
    </message>
    <message>
        <source>storyloom-cli export: say what to export: --roadmap (or --graph)</source>
        <translation>storyloom-cli export: geben Sie an, was exportiert werden soll: --roadmap (oder --graph)</translation>
    </message>
    <message>
        <source>storyloom-cli export: unknown state &apos;%1&apos; (done, in-progress, help-wanted, paused)</source>
        <translation>storyloom-cli export: unbekannter Zustand &apos;%1&apos; (done, in-progress, help-wanted, paused)</translation>
    </message>
    <message>
        <source>storyloom-cli export: unknown type &apos;%1&apos;</source>
        <translation>storyloom-cli export: unbekannter Typ &apos;%1&apos;</translation>
    </message>
    <message>
        <source>storyloom-cli export: unknown relation kind &apos;%1&apos;</source>
        <translation>storyloom-cli export: unbekannte Beziehungsart &apos;%1&apos;</translation>
    </message>
    <message>
        <source>storyloom-cli export: unknown goal state &apos;%1&apos;</source>
        <translation>storyloom-cli export: unbekannter Zielzustand &apos;%1&apos;</translation>
    </message>
    <message>
        <source>storyloom-cli export: --depth is 1, 2 or 3</source>
        <translation>storyloom-cli export: --depth ist 1, 2 oder 3</translation>
    </message>
    <message>
        <source>Export the story graph (what the Graph view shows with the same filters).</source>
        <translation>Exportiert den Geschichtengraphen (was die Graphansicht mit denselben Filtern zeigt).</translation>
    </message>
    <message>
        <source>export the graph</source>
        <translation>den Graphen exportieren</translation>
    </message>
    <message>
        <source>only these entity types (character, value, story, status-quo, shiny-future, pain-point, goal, project, page); repeatable or comma-separated</source>
        <translation>nur diese Elementtypen (character, value, story, status-quo, shiny-future, pain-point, goal, project, page); wiederholbar oder durch Kommas getrennt</translation>
    </message>
    <message>
        <source>only entities whose title or id contains TEXT</source>
        <translation>nur Elemente, deren Titel oder ID TEXT enthält</translation>
    </message>
    <message>
        <source>leave out entities without relations</source>
        <translation>Elemente ohne Beziehungen weglassen</translation>
    </message>
    <message>
        <source>how far the neighbourhood reaches (1-3, default 1)</source>
        <translation>wie weit die Nachbarschaft reicht (1–3, Vorgabe 1)</translation>
    </message>
    <message>
        <source>storyloom-cli export --graph: use svg, png, pdf or dot</source>
        <translation>storyloom-cli export --graph: verwenden Sie svg, png, pdf oder dot</translation>
    </message>
    <message>
        <source>pixels per point for png (default: the long side is 3000 pixels, at most 4 per point)</source>
        <translation>Pixel pro Punkt für PNG (Standard: die lange Seite hat 3000 Pixel, höchstens 4 pro Punkt)</translation>
    </message>
    <message>
        <source>png width in pixels</source>
        <translation>PNG-Breite in Pixeln</translation>
    </message>
    <message>
        <source>png height in pixels</source>
        <translation>PNG-Höhe in Pixeln</translation>
    </message>
    <message>
        <source>storyloom-cli export: --%1 wants a number of pixels from 16 to 32000</source>
        <translation>storyloom-cli export: --%1 erwartet eine Pixelzahl von 16 bis 32000</translation>
    </message>
    <message>
        <source>storyloom-cli export: give --scale or --width/--height, not both</source>
        <translation>storyloom-cli export: entweder --scale oder --width/--height angeben, nicht beides</translation>
    </message>
    <message>
        <source>only what involves this character (its id, the id&apos;s last part or its title)</source>
        <translation>nur, was diese Figur betrifft (ihre ID, der letzte Teil der ID oder ihr Titel)</translation>
    </message>
    <message>
        <source>only the neighbourhood of this entity (its id, the id&apos;s last part or its title)</source>
        <translation>nur die Nachbarschaft dieses Elements (seine ID, der letzte Teil der ID oder sein Titel)</translation>
    </message>
    <message>
        <source>merge a remote that was started separately (keeps the files of both sides)</source>
        <translation>ein getrennt begonnenes entferntes Repository zusammenführen (behält die Dateien beider Seiten)</translation>
    </message>
    <message>
        <source>To merge both histories, run the sync again with --allow-unrelated-histories.</source>
        <translation>Um beide Historien zusammenzuführen, synchronisieren Sie erneut mit --allow-unrelated-histories.</translation>
    </message>
    <message>
        <source>only these relation kinds (%1); repeatable or comma-separated</source>
        <translation>nur diese Beziehungsarten (%1); wiederholbar oder durch Kommas getrennt</translation>
    </message>
    <message>
        <source>only goals in these states (done, in-progress, help-wanted, paused, proposed, accepted, not-accepted)</source>
        <translation>nur Ziele in diesen Zuständen (done, in-progress, help-wanted, paused, proposed, accepted, not-accepted)</translation>
    </message>
    <message>
        <source>compare the vision at two revisions of its Git history</source>
        <translation>die Vision an zwei Revisionen ihres Git-Verlaufs vergleichen</translation>
    </message>
    <message>
        <source>the vision&apos;s counts at each commit of its Git history</source>
        <translation>die Anzahlen der Vision an jedem Commit ihres Git-Verlaufs</translation>
    </message>
    <message>
        <source>(inferred)</source>
        <translation>(abgeleitet)</translation>
    </message>
    <message>
        <source>No change to the vision.</source>
        <translation>Keine Änderung an der Vision.</translation>
    </message>
    <message>
        <source>Entities added</source>
        <translation>Hinzugefügte Elemente</translation>
    </message>
    <message>
        <source>Entities removed</source>
        <translation>Entfernte Elemente</translation>
    </message>
    <message>
        <source>Entities renamed</source>
        <translation>Umbenannte Elemente</translation>
    </message>
    <message>
        <source>Entities changed</source>
        <translation>Geänderte Elemente</translation>
    </message>
    <message>
        <source>Relations added</source>
        <translation>Hinzugefügte Beziehungen</translation>
    </message>
    <message>
        <source>Relations removed</source>
        <translation>Entfernte Beziehungen</translation>
    </message>
    <message>
        <source>Compare the vision at two revisions of the project&apos;s Git history (REV2: the working tree when left out): entities added, removed, renamed and changed, relations added and removed. A revision is a commit, tag, branch or date (YYYY-MM-DD). Reads Git objects only: nothing is checked out or written.</source>
        <translation>Vergleicht die Vision an zwei Revisionen des Git-Verlaufs des Projekts (REV2: ohne Angabe die Arbeitskopie): hinzugefügte, entfernte, umbenannte und geänderte Elemente, hinzugefügte und entfernte Beziehungen. Eine Revision ist ein Commit, Tag, Branch oder Datum (JJJJ-MM-TT). Liest nur Git-Objekte: Nichts wird ausgecheckt oder geschrieben.</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>maschinenlesbare Ausgabe</translation>
    </message>
    <message>
        <source>a Markdown digest for an update post</source>
        <translation>eine Markdown-Zusammenfassung für einen Update-Beitrag</translation>
    </message>
    <message>
        <source>the older revision</source>
        <translation>die ältere Revision</translation>
    </message>
    <message>
        <source>the newer revision (default: the working tree)</source>
        <translation>die neuere Revision (Vorgabe: die Arbeitskopie)</translation>
    </message>
    <message>
        <source>--json and --md cannot be combined</source>
        <translation>--json und --md lassen sich nicht kombinieren</translation>
    </message>
    <message>
        <source>the working tree</source>
        <translation>die Arbeitskopie</translation>
    </message>
    <message>
        <source>stories: %1, pain points: %2 (open: %3), goals: %4</source>
        <translation>Geschichten: %1, Schmerzpunkte: %2 (offen: %3), Ziele: %4</translation>
    </message>
    <message>
        <source>The vision through the project&apos;s Git history: one row per commit (the first-parent line unless --all-parents) with its date, author, subject and the counts of entities, stories, relations, pain points and goals. Reads Git objects only: nothing is checked out or written.</source>
        <translation>Die Vision über den Git-Verlauf des Projekts: eine Zeile je Commit (die Erst-Eltern-Linie, außer mit --all-parents) mit Datum, Autor, Betreff und den Anzahlen der Elemente, Geschichten, Beziehungen, Schmerzpunkte und Ziele. Liest nur Git-Objekte: Nichts wird ausgecheckt oder geschrieben.</translation>
    </message>
    <message>
        <source>comma-separated values, one row per commit</source>
        <translation>kommagetrennte Werte, eine Zeile je Commit</translation>
    </message>
    <message>
        <source>every commit, not only the first-parent line of merges</source>
        <translation>jeder Commit, nicht nur die Erst-Eltern-Linie von Zusammenführungen</translation>
    </message>
    <message>
        <source>a revision or range such as v1.0..main (default: HEAD)</source>
        <translation>eine Revision oder ein Bereich wie v1.0..main (Vorgabe: HEAD)</translation>
    </message>
    <message>
        <source>--json and --csv cannot be combined</source>
        <translation>--json und --csv lassen sich nicht kombinieren</translation>
    </message>
    <message>
        <source>the repository is a shallow clone: its history stops at %1; older commits are not there to read.</source>
        <translation>das Repository ist ein flacher Klon: Sein Verlauf endet bei %1; ältere Commits sind nicht da und lassen sich nicht lesen.</translation>
    </message>
    <message>
        <source>push the commits to this new branch of the remote (when the remote refused the push)</source>
        <translation>die Commits auf diesen neuen Branch des Servers pushen (wenn der Server den Push abgelehnt hat)</translation>
    </message>
    <message>
        <source>To push your commits to a new branch instead, run the sync again with --push-to-branch BRANCH.</source>
        <translation>Um Ihre Commits stattdessen auf einen neuen Branch zu pushen, starten Sie die Synchronisierung erneut mit --push-to-branch BRANCH.</translation>
    </message>
    <message>
        <source>export the coverage matrix instead (see --matrix R,C --help)</source>
        <translation>stattdessen die Abdeckungsmatrix exportieren (siehe --matrix R,C --help)</translation>
    </message>
    <message>
        <source>storyloom-cli export: unknown entity type &apos;%1&apos; (character, value, story, status-quo, shiny-future, pain-point, goal, project, page; singular or plural)</source>
        <translation>storyloom-cli export: unbekannter Elementtyp &apos;%1&apos; (character, value, story, status-quo, shiny-future, pain-point, goal, project, page; Einzahl oder Mehrzahl)</translation>
    </message>
    <message>
        <source>Export the coverage matrix of two entity types: each cell counts the paths of at most two relations between the row&apos;s and the column&apos;s entity.</source>
        <translation>Die Abdeckungsmatrix zweier Elementtypen exportieren: Jede Zelle zählt die Pfade aus höchstens zwei Beziehungen zwischen dem Element der Zeile und dem der Spalte.</translation>
    </message>
    <message>
        <source>the rows&apos; and the columns&apos; entity types, e.g. characters,pain-points</source>
        <translation>die Elementtypen der Zeilen und Spalten, z. B. characters,pain-points</translation>
    </message>
    <message>
        <source>count only paths through an entity of this type (e.g. stories)</source>
        <translation>nur Pfade über ein Element dieses Typs zählen (z. B. stories)</translation>
    </message>
    <message>
        <source>book (default) or total: rows and columns by their total</source>
        <translation>book (Standard) oder total: Zeilen und Spalten nach ihrer Summe</translation>
    </message>
    <message>
        <source>csv, svg or md (default: from the output&apos;s suffix)</source>
        <translation>csv, svg oder md (Standard: nach der Endung der Ausgabe)</translation>
    </message>
    <message>
        <source>the file to write, - for stdout</source>
        <translation>die zu schreibende Datei, - für die Standardausgabe</translation>
    </message>
    <message>
        <source>storyloom-cli export: --matrix wants two entity types, ROWS,COLS</source>
        <translation>storyloom-cli export: --matrix erwartet zwei Elementtypen, ROWS,COLS</translation>
    </message>
    <message>
        <source>storyloom-cli export: --sort is book or total</source>
        <translation>storyloom-cli export: --sort ist book oder total</translation>
    </message>
    <message>
        <source>storyloom-cli export: the matrix is written as csv, svg or md, not &apos;%1&apos;</source>
        <translation>storyloom-cli export: Die Matrix wird als csv, svg oder md geschrieben, nicht als &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Keep or take away one relation: &apos;accept&apos; declares it (a suggested, extracted or derived relation); &apos;reject&apos; takes it out of the graph for good and never suggests it again. The verdict is written where the project keeps it: the source page&apos;s front matter in a native project, storyloom.yml at the project root in an mdBook.</source>
        <translation>Eine Beziehung behalten oder entfernen: &apos;accept&apos; erklärt sie (eine vorgeschlagene, extrahierte oder abgeleitete Beziehung); &apos;reject&apos; nimmt sie endgültig aus dem Graphen und schlägt sie nie wieder vor. Die Entscheidung wird dort geschrieben, wo das Projekt sie aufbewahrt: im Front Matter der Ausgangsseite in einem nativen Projekt, in storyloom.yml im Projektstamm bei einem mdBook.</translation>
    </message>
    <message>
        <source>accept or reject</source>
        <translation>accept oder reject</translation>
    </message>
    <message>
        <source>the relation&apos;s kind, as `list` prints it (addresses, features...)</source>
        <translation>die Art der Beziehung, wie `list` sie ausgibt (addresses, features...)</translation>
    </message>
    <message>
        <source>the entity the relation starts from</source>
        <translation>die Entität, von der die Beziehung ausgeht</translation>
    </message>
    <message>
        <source>the entity it points to</source>
        <translation>die Entität, auf die sie zeigt</translation>
    </message>
    <message>
        <source>storyloom-cli relation: the verdict is &apos;accept&apos; or &apos;reject&apos;, not &apos;%1&apos;</source>
        <translation>storyloom-cli relation: die Entscheidung ist &apos;accept&apos; oder &apos;reject&apos;, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>storyloom-cli relation: no relation kind &apos;%1&apos;</source>
        <translation>storyloom-cli relation: keine Beziehungsart &apos;%1&apos;</translation>
    </message>
    <message>
        <source>accepted %1 %2 → %3 in %4</source>
        <translation>angenommen: %1 %2 → %3 in %4</translation>
    </message>
    <message>
        <source>rejected %1 %2 → %3 in %4</source>
        <translation>abgelehnt: %1 %2 → %3 in %4</translation>
    </message>
    <message>
        <source>accept or reject one relation (a suggested, extracted or derived one)</source>
        <translation>eine Beziehung annehmen oder ablehnen (eine vorgeschlagene, extrahierte oder abgeleitete)</translation>
    </message>
    <message>
        <source>export a saved view instead (see --view NAME --help)</source>
        <translation>stattdessen eine gespeicherte Ansicht exportieren (siehe --view NAME --help)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>storyloom-cli export: no view &apos;%1&apos; (%2; saved views: %3)</source>
        <translation>storyloom-cli export: keine Ansicht „%1“ (%2; gespeicherte Ansichten: %3)</translation>
    </message>
    <message>
        <source>storyloom-cli export: too large for one Mermaid diagram (at most %1 characters and %2 edges); wrote %3 diagrams: %4</source>
        <translation>storyloom-cli export: zu groß für ein Mermaid-Diagramm (höchstens %1 Zeichen und %2 Kanten); %3 Diagramme geschrieben: %4</translation>
    </message>
    <message>
        <source>Export a saved view (views/NAME.yml) as the Graph tab shows it, or a tour of saved views as a PDF deck.</source>
        <translation>Eine gespeicherte Ansicht (views/NAME.yml) so exportieren, wie der Graph-Reiter sie zeigt, oder eine Tour gespeicherter Ansichten als PDF-Foliensatz.</translation>
    </message>
    <message>
        <source>the saved view: its name, or the path of its .yml file</source>
        <translation>die gespeicherte Ansicht: ihr Name oder der Pfad ihrer .yml-Datei</translation>
    </message>
    <message>
        <source>a tour file (title: and views: [NAME, ...]): one PDF page per view</source>
        <translation>eine Tour-Datei (title: und views: [NAME, ...]): eine PDF-Seite pro Ansicht</translation>
    </message>
    <message>
        <source>storyloom-cli export: give --view NAME or --tour FILE.yml</source>
        <translation>storyloom-cli export: --view NAME oder --tour DATEI.yml angeben</translation>
    </message>
    <message>
        <source>storyloom-cli export --tour: the deck is a pdf</source>
        <translation>storyloom-cli export --tour: der Foliensatz ist ein PDF</translation>
    </message>
    <message>
        <source>storyloom-cli export --view: use svg, png, pdf, dot or mermaid</source>
        <translation>storyloom-cli export --view: svg, png, pdf, dot oder mermaid verwenden</translation>
    </message>
</context>
</TS>
