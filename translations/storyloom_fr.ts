<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AskPass</name>
    <message>
        <source>Password:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Git needs your credentials</source>
        <translation>Git a besoin de vos identifiants</translation>
    </message>
    <message>
        <source>Unknown SSH Server</source>
        <translation>Serveur SSH inconnu</translation>
    </message>
    <message>
        <source>This computer has not connected to this SSH server before. Connect only if the fingerprint below is the one the server&apos;s owner gives you.</source>
        <translation>Cet ordinateur ne s&apos;est jamais connecté à ce serveur SSH. Ne vous connectez que si l&apos;empreinte ci-dessous est celle que vous donne le responsable du serveur.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
</context>
<context>
    <name>CommitMessage</name>
    <message numerus="yes">
        <source>; and %n more</source>
        <translation>
            <numerusform>; et %n autre</numerusform>
            <numerusform>; et %n autres</numerusform>
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
        <translation>Nouveau&#xa0;: pas encore synchronisé</translation>
    </message>
    <message>
        <source>Modified since the last sync</source>
        <translation>Modifié depuis la dernière synchronisation</translation>
    </message>
    <message>
        <source>Conflicted: changed on both sides, choose what to keep</source>
        <translation>En conflit&#xa0;: modifié des deux côtés, choisissez quoi garder</translation>
    </message>
</context>
<context>
    <name>GraphLayout</name>
    <message>
        <source>Layout: node “%1” given twice; the second is ignored</source>
        <translation>Disposition&#xa0;: le nœud «&#xa0;%1&#xa0;» est donné deux fois&#xa0;; le second est ignoré</translation>
    </message>
    <message>
        <source>Layout: edge %1 → %2 names an unknown node; ignored</source>
        <translation>Disposition&#xa0;: l’arête %1 → %2 nomme un nœud inconnu&#xa0;; ignorée</translation>
    </message>
    <message>
        <source>Graphviz %1: %2</source>
        <translation>Graphviz %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Graphviz could not lay out the graph with %1</source>
        <translation>Graphviz n’a pas pu disposer le graphe avec %1</translation>
    </message>
</context>
<context>
    <name>IndexDatabase</name>
    <message>
        <source>the index was not a database</source>
        <translation>l’index n’était pas une base de données</translation>
    </message>
    <message>
        <source>cannot open the index %1: %2</source>
        <translation>impossible d’ouvrir l’index %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the index was written by another version of Storyloom (schema %1)</source>
        <translation>l’index a été écrit par une autre version de Storyloom (schéma %1)</translation>
    </message>
    <message>
        <source>the index failed its integrity check</source>
        <translation>l’index a échoué à la vérification d’intégrité</translation>
    </message>
    <message>
        <source>cannot prepare the index %1: %2</source>
        <translation>impossible de préparer l’index %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The index was rebuilt (%1).</source>
        <translation>L’index a été reconstruit (%1).</translation>
    </message>
    <message>
        <source>cannot create the index %1</source>
        <translation>impossible de créer l’index %1</translation>
    </message>
</context>
<context>
    <name>Indexer</name>
    <message>
        <source>The index was damaged; it is being rebuilt.</source>
        <translation>L’index était endommagé&#xa0;; il est en cours de reconstruction.</translation>
    </message>
    <message>
        <source>the index is busy or read-only (%1); it was not updated</source>
        <translation>l’index est occupé ou en lecture seule (%1)&#xa0;; il n’a pas été mis à jour</translation>
    </message>
</context>
<context>
    <name>MetadataTableWriter</name>
    <message>
        <source>a metadata table holds no progress; add it to the page&apos;s front matter</source>
        <translation>un tableau de métadonnées ne contient pas d’avancement ; ajoutez-le à l’en-tête YAML de la page</translation>
    </message>
    <message>
        <source>a metadata table holds no parent goal; move the page instead</source>
        <translation>un tableau de métadonnées ne contient pas d’objectif parent ; déplacez plutôt la page</translation>
    </message>
    <message>
        <source>the metadata table has no state row</source>
        <translation>le tableau de métadonnées n’a pas de ligne d’état</translation>
    </message>
    <message>
        <source>the metadata table has no owner row</source>
        <translation>le tableau de métadonnées n’a pas de ligne de responsables</translation>
    </message>
</context>
<context>
    <name>RepositorySetup</name>
    <message>
        <source>Start versioning the vision document</source>
        <translation>Commencer le versionnage du document de vision</translation>
    </message>
</context>
<context>
    <name>SearchBuilder</name>
    <message>
        <source>the index has no search table</source>
        <translation>l’index n’a pas de table de recherche</translation>
    </message>
    <message>
        <source>the search index could not be built: %1</source>
        <translation>l’index de recherche n’a pas pu être construit&#xa0;: %1</translation>
    </message>
    <message>
        <source>the search index could not be copied: %1</source>
        <translation>l’index de recherche n’a pas pu être repris&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Searcher</name>
    <message>
        <source>invalid search query “%1”: %2</source>
        <translation>requête de recherche invalide «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>search failed: %1</source>
        <translation>échec de la recherche&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>StoryMapBox</name>
    <message numerus="yes">
        <source>%n entities; click to unfold</source>
        <translation>
            <numerusform>%n élément&#xa0;; cliquer pour déplier</numerusform>
            <numerusform>%n éléments&#xa0;; cliquer pour déplier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entities; click to fold</source>
        <translation>
            <numerusform>%n élément&#xa0;; cliquer pour replier</numerusform>
            <numerusform>%n éléments&#xa0;; cliquer pour replier</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Report problems in a project, one a line as path:line:col: severity: message.</source>
        <translation>Signale les problèmes d’un projet, un par ligne sous la forme chemin:ligne:colonne: gravité: message.</translation>
    </message>
    <message>
        <source>report gaps instead: pain points no goal addresses, characters in no story…</source>
        <translation>signaler plutôt les lacunes&#xa0;: points de friction qu’aucun objectif ne traite, personnages absents de tout récit…</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>sortie lisible par une machine</translation>
    </message>
    <message>
        <source>the project&apos;s folder</source>
        <translation>le dossier du projet</translation>
    </message>
    <message>
        <source>wrong number of arguments</source>
        <translation>nombre d’arguments incorrect</translation>
    </message>
    <message>
        <source>storyloom-cli: %1: no such folder</source>
        <translation>storyloom-cli&#xa0;: %1&#xa0;: dossier inexistant</translation>
    </message>
    <message>
        <source>storyloom-cli: %1: not a folder (give the project&apos;s folder)</source>
        <translation>storyloom-cli&#xa0;: %1&#xa0;: n’est pas un dossier (indiquez le dossier du projet)</translation>
    </message>
    <message numerus="yes">
        <source>%n gap(s)</source>
        <translation>
            <numerusform>%n lacune</numerusform>
            <numerusform>%n lacunes</numerusform>
        </translation>
    </message>
    <message>
        <source>Build or refresh a project&apos;s search index (kept in the user&apos;s cache folder, never in the project).</source>
        <translation>Construit ou actualise l’index de recherche d’un projet (conservé dans le dossier de cache de l’utilisateur, jamais dans le projet).</translation>
    </message>
    <message>
        <source>%1 files read, %2 skipped (unchanged), %3 removed; %4 entities; %5 ms</source>
        <translation>%1 fichiers lus, %2 ignorés (inchangés), %3 supprimés&#xa0;; %4 éléments&#xa0;; %5 ms</translation>
    </message>
    <message>
        <source>index: %1</source>
        <translation>index&#xa0;: %1</translation>
    </message>
    <message>
        <source>List a project&apos;s entities.</source>
        <translation>Liste les éléments d’un projet.</translation>
    </message>
    <message>
        <source>only entities of this type</source>
        <translation>seulement les éléments de ce type</translation>
    </message>
    <message>
        <source>storyloom-cli list: unknown type &apos;%1&apos;</source>
        <translation>storyloom-cli list&#xa0;: type inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Usage: storyloom-cli COMMAND [OPTIONS] PROJECT ...</source>
        <translation>Usage&#xa0;: storyloom-cli COMMANDE [OPTIONS] PROJET…</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options&#xa0;:</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>afficher cette aide</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>afficher la version</translation>
    </message>
    <message>
        <source>Run &apos;storyloom-cli COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>Les options d’une commande s’affichent avec &apos;storyloom-cli COMMANDE --help&apos;.</translation>
    </message>
    <message>
        <source>storyloom-cli: unknown command &apos;%1&apos;</source>
        <translation>storyloom-cli&#xa0;: commande inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Write the preview HTML of one entity to stdout (the pipeline the editor&apos;s preview uses).</source>
        <translation>Écrit le HTML d’aperçu d’un élément sur la sortie standard (la même chaîne que l’aperçu de l’éditeur).</translation>
    </message>
    <message>
        <source>a complete HTML document with the style sheet</source>
        <translation>un document HTML complet avec la feuille de style</translation>
    </message>
    <message>
        <source>use the dark colours</source>
        <translation>utiliser les couleurs sombres</translation>
    </message>
    <message>
        <source>leave out the source-line anchors</source>
        <translation>omettre les ancres des lignes source</translation>
    </message>
    <message>
        <source>an entity id, or a file&apos;s path (relative to the project or absolute)</source>
        <translation>un identifiant d’élément, ou le chemin d’un fichier (relatif au projet ou absolu)</translation>
    </message>
    <message>
        <source>storyloom-cli render: %1: no such entity or file</source>
        <translation>storyloom-cli render&#xa0;: %1&#xa0;: ni élément ni fichier de ce nom</translation>
    </message>
    <message>
        <source>storyloom-cli render: %1: %2</source>
        <translation>storyloom-cli render&#xa0;: %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Search a project&apos;s text, best matches first. QUERY uses FTS5 syntax: words, &quot;phrases&quot;, AND / OR / NOT, NEAR(a b), prefix*, title:word.</source>
        <translation>Cherche dans le texte d’un projet, meilleurs résultats en premier. REQUÊTE suit la syntaxe FTS5&#xa0;: mots, &quot;expressions&quot;, AND / OR / NOT, NEAR(a b), préfixe*, title:mot.</translation>
    </message>
    <message>
        <source>only stories of this kind (status-quo, shiny-future)</source>
        <translation>seulement les récits de ce genre (status-quo, shiny-future)</translation>
    </message>
    <message>
        <source>at most N hits (default 20)</source>
        <translation>au plus N résultats (20 par défaut)</translation>
    </message>
    <message>
        <source>search the index as it is, without reading changed files first</source>
        <translation>chercher dans l’index tel quel, sans relire d’abord les fichiers modifiés</translation>
    </message>
    <message>
        <source>what to look for</source>
        <translation>ce qu’il faut chercher</translation>
    </message>
    <message>
        <source>storyloom-cli search: --limit needs a positive number</source>
        <translation>storyloom-cli search&#xa0;: --limit demande un nombre positif</translation>
    </message>
    <message>
        <source>storyloom-cli search: unknown type &apos;%1&apos;</source>
        <translation>storyloom-cli search&#xa0;: type inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>storyloom-cli search: unknown story kind &apos;%1&apos;</source>
        <translation>storyloom-cli search&#xa0;: genre de récit inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no matches</source>
        <translation>aucun résultat</translation>
    </message>
    <message>
        <source>Count a project&apos;s entities, stories and relations.</source>
        <translation>Compte les éléments, récits et relations d’un projet.</translation>
    </message>
    <message>
        <source>Relations: %1, errors: %2, warnings: %3</source>
        <translation>Relations&#xa0;: %1, erreurs&#xa0;: %2, avertissements&#xa0;: %3</translation>
    </message>
    <message>
        <source>report problems in a project (and gaps with --gaps)</source>
        <translation>signaler les problèmes d’un projet (et les lacunes avec --gaps)</translation>
    </message>
    <message>
        <source>count entities and relations</source>
        <translation>compter les éléments et les relations</translation>
    </message>
    <message>
        <source>list entities with their attributes and relations</source>
        <translation>lister les éléments avec leurs attributs et relations</translation>
    </message>
    <message>
        <source>full-text search</source>
        <translation>recherche plein texte</translation>
    </message>
    <message>
        <source>build or refresh the project&apos;s index</source>
        <translation>construire ou actualiser l’index du projet</translation>
    </message>
    <message>
        <source>write an entity&apos;s preview HTML</source>
        <translation>écrire le HTML d’aperçu d’un élément</translation>
    </message>
    <message>
        <source>export roadmap and graph diagrams</source>
        <translation>exporter les diagrammes de la feuille de route et du graphe</translation>
    </message>
    <message>
        <source>commit, merge and push the content folder</source>
        <translation>valider, fusionner et pousser le dossier de contenu</translation>
    </message>
    <message numerus="yes">
        <source>storyloom-cli sync: %n file(s) changed on both sides; resolve them in Storyloom (or take one side with Git), then sync again, or run `storyloom-cli sync --abort PROJECT` to go back.</source>
        <translation>
            <numerusform>storyloom-cli sync&#xa0;: %n fichier a changé des deux côtés&#xa0;; résolvez le conflit dans Storyloom (ou retenez un côté avec Git) puis synchronisez de nouveau, ou revenez en arrière avec `storyloom-cli sync --abort PROJET`.</numerusform>
            <numerusform>storyloom-cli sync&#xa0;: %n fichiers ont changé des deux côtés&#xa0;; résolvez les conflits dans Storyloom (ou retenez un côté avec Git) puis synchronisez de nouveau, ou revenez en arrière avec `storyloom-cli sync --abort PROJET`.</numerusform>
        </translation>
    </message>
    <message>
        <source>check the whole database&apos;s integrity first (reads all of it; damage found while reading is always repaired)</source>
        <translation>vérifier d’abord l’intégrité de toute la base (la lit en entier ; un dommage trouvé en lisant est toujours réparé)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names %2 entities; give one of these ids:</source>
        <translation>«&#xa0;%1&#xa0;» désigne %2 éléments&#xa0;; indiquez l’un de ces identifiants&#xa0;:</translation>
    </message>
    <message>
        <source>no %1 named &apos;%2&apos; (give its id, the id&apos;s last part or its title)</source>
        <translation>aucun élément de type «&#xa0;%1&#xa0;» nommé «&#xa0;%2&#xa0;» (indiquez son identifiant, la dernière partie de l’identifiant ou son titre)</translation>
    </message>
    <message>
        <source>no entity named &apos;%1&apos; (give its id, the id&apos;s last part or its title)</source>
        <translation>aucun élément nommé «&#xa0;%1&#xa0;» (indiquez son identifiant, la dernière partie de l’identifiant ou son titre)</translation>
    </message>
    <message>
        <source>suggest relations from the text (goals for pain points)</source>
        <translation>suggérer des relations à partir du texte (objectifs pour les points de friction)</translation>
    </message>
    <message>
        <source>Suggest relations nobody wrote down, from the words two texts share: for each pain point the goals that may address it, for each status-quo story the shiny-future stories that may retell it. Pairs already related and pairs rejected in storyloom.yml or front matter are left out.</source>
        <translation>Suggère des relations que personne n’a écrites, d’après les mots que deux textes partagent : pour chaque point de friction, les objectifs qui pourraient y répondre ; pour chaque récit de statu quo, les récits d’avenir radieux qui pourraient le raconter à nouveau. Les paires déjà reliées et celles rejetées dans storyloom.yml ou dans l’en-tête YAML sont laissées de côté.</translation>
    </message>
    <message>
        <source>only suggestions scoring at least S, from 0 to 1 (default 0.1)</source>
        <translation>seulement les suggestions dont le score atteint S, de 0 à 1 (par défaut 0.1)</translation>
    </message>
    <message>
        <source>at most N candidates for each pain point or story (default 3)</source>
        <translation>au plus N candidats par point de friction ou récit (par défaut 3)</translation>
    </message>
    <message>
        <source>storyloom-cli suggest: --limit needs a positive number</source>
        <translation>storyloom-cli suggest : --limit attend un nombre positif</translation>
    </message>
    <message>
        <source>storyloom-cli suggest: --min-score needs a number from 0 to 1</source>
        <translation>storyloom-cli suggest : --min-score attend un nombre de 0 à 1</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s)</source>
        <translation>
            <numerusform>%n suggestion</numerusform>
            <numerusform>%n suggestions</numerusform>
        </translation>
    </message>
    <message>
        <source>guess what each folder&apos;s pages are and print the guesses as rules</source>
        <translation>supposer ce que sont les pages de chaque dossier et l’afficher comme règles</translation>
    </message>
    <message>
        <source>Guess what the pages of each folder are (from the folders&apos; names, the pages&apos; headings, tables and links) and print the guesses as rules for storyloom.yml.</source>
        <translation>Suppose ce que sont les pages de chaque dossier (d’après les noms des dossiers, les titres, tableaux et liens des pages) et affiche les suppositions comme règles pour storyloom.yml.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Write and map vision documents.</source>
        <translation>Écrire et cartographier des documents de vision.</translation>
    </message>
    <message>
        <source>Render the main window to a PNG file and exit.</source>
        <translation>Enregistrer la fenêtre principale dans un fichier PNG et quitter.</translation>
    </message>
    <message>
        <source>The project folder to open.</source>
        <translation>Le dossier de projet à ouvrir.</translation>
    </message>
    <message>
        <source>With --screenshot: the window size in pixels at scale 1, as WIDTHxHEIGHT (default 1280x800).</source>
        <extracomment>WIDTHxHEIGHT stays as it is, e.g. 1280x800.</extracomment>
        <translation>Avec --screenshot&#xa0;: la taille de la fenêtre en pixels à l’échelle 1, sous la forme WIDTHxHEIGHT (par défaut 1280x800).</translation>
    </message>
    <message>
        <source>storyloom: --size takes WIDTHxHEIGHT, e.g. 1280x800</source>
        <translation>storyloom&#xa0;: --size attend WIDTHxHEIGHT, par exemple 1280x800</translation>
    </message>
    <message>
        <source>The view to show first: editor, graph, roadmap or focus (the editor in focus mode).</source>
        <translation>La vue à afficher d’abord&#xa0;: editor, graph, roadmap ou focus (l’éditeur en mode concentration).</translation>
    </message>
    <message>
        <source>Colours for this run: light, dark, high-contrast or system (the settings are not changed).</source>
        <extracomment>Keep the words light, dark, high-contrast and system untranslated: they are the option&apos;s values.</extracomment>
        <translation>Couleurs pour ce lancement&#xa0;: light, dark, high-contrast ou system (les réglages restent inchangés).</translation>
    </message>
    <message>
        <source>storyloom: --theme takes light, dark, high-contrast or system</source>
        <translation>storyloom&#xa0;: --theme accepte light, dark, high-contrast ou system</translation>
    </message>
</context>
<context>
    <name>storyloom</name>
    <message>
        <source>Characters</source>
        <translation>Personnages</translation>
    </message>
    <message>
        <source>Character</source>
        <translation>Personnage</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Récits</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Récit</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Points de friction</translation>
    </message>
    <message>
        <source>Pain point</source>
        <translation>Point de friction</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Status quo</source>
        <translation>Statu quo</translation>
    </message>
    <message>
        <source>Shiny future</source>
        <translation>Avenir radieux</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Help wanted</source>
        <translation>Aide bienvenue</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>features</source>
        <translation>met en scène</translation>
    </message>
    <message>
        <source>exposes</source>
        <translation>révèle</translation>
    </message>
    <message>
        <source>prioritises</source>
        <translation>privilégie</translation>
    </message>
    <message>
        <source>hurts</source>
        <translation>nuit à</translation>
    </message>
    <message>
        <source>addresses</source>
        <translation>traite</translation>
    </message>
    <message>
        <source>realises</source>
        <translation>réalise</translation>
    </message>
    <message>
        <source>part of</source>
        <translation>fait partie de</translation>
    </message>
    <message>
        <source>set in</source>
        <translation>se déroule dans</translation>
    </message>
    <message>
        <source>links to</source>
        <translation>renvoie à</translation>
    </message>
    <message>
        <source>front matter starts with &apos;---&apos; but never ends (no closing &apos;---&apos; line)</source>
        <translation>l’en-tête YAML commence par &apos;---&apos; mais ne se termine jamais (pas de ligne &apos;---&apos; de fermeture)</translation>
    </message>
    <message>
        <source>front matter must be a mapping of keys to values</source>
        <translation>l’en-tête YAML doit associer des clés à des valeurs</translation>
    </message>
    <message>
        <source>front matter value of &apos;%1&apos; is too large or too deeply nested (more than %2 nodes after expanding aliases)</source>
        <translation>la valeur de &apos;%1&apos; dans l’en-tête YAML est trop grande ou trop imbriquée (plus de %2 nœuds après expansion des alias)</translation>
    </message>
    <message>
        <source>invalid YAML in front matter: %1</source>
        <translation>YAML invalide dans l’en-tête&#xa0;: %1</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text; invalid bytes are shown as � and the file is not written back</source>
        <translation>le fichier n’est pas du texte UTF-8 valide&#xa0;; les octets invalides s’affichent comme � et le fichier n’est pas réécrit</translation>
    </message>
    <message>
        <source>storyloom.yml must be a mapping (title:, content:, rules:)</source>
        <translation>storyloom.yml doit être un dictionnaire (title:, content:, rules:)</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in storyloom.yml</source>
        <translation>clé inconnue &apos;%1&apos; dans storyloom.yml</translation>
    </message>
    <message>
        <source>invalid YAML in storyloom.yml: %1</source>
        <translation>YAML invalide dans storyloom.yml&#xa0;: %1</translation>
    </message>
    <message>
        <source>content folder &apos;%1&apos; is outside the project; ignored</source>
        <translation>le dossier de contenu &apos;%1&apos; est hors du projet&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>symbolic link points outside the project (or nowhere); not read</source>
        <translation>le lien symbolique pointe hors du projet (ou nulle part)&#xa0;; non lu</translation>
    </message>
    <message>
        <source>file name contains a line break; not read</source>
        <translation>le nom du fichier contient un saut de ligne&#xa0;; non lu</translation>
    </message>
    <message>
        <source>file is too large to read (%1 MB; the limit is %2 MB)</source>
        <translation>fichier trop volumineux pour être lu (%1 Mo&#xa0;; la limite est de %2 Mo)</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>file looks binary (it contains NUL bytes); not read as Markdown</source>
        <translation>le fichier semble binaire (il contient des octets NUL)&#xa0;; non lu comme Markdown</translation>
    </message>
    <message>
        <source>the file has no line %1</source>
        <translation>le fichier n’a pas de ligne %1</translation>
    </message>
    <message>
        <source>the row is not valid UTF-8</source>
        <translation>la ligne n’est pas de l’UTF-8 valide</translation>
    </message>
    <message>
        <source>line %1 is not a row of an overview table</source>
        <translation>la ligne %1 n’appartient pas à un tableau récapitulatif</translation>
    </message>
    <message>
        <source>| Deliverable | State | Progress | Owner |</source>
        <translation>| Livrable | État | Avancement | Responsable |</translation>
    </message>
    <message>
        <source>only one of the roadmap table markers is there</source>
        <translation>un seul des deux marqueurs du tableau de la feuille de route est présent</translation>
    </message>
    <message>
        <source>%1 roadmap</source>
        <translation>Feuille de route %1</translation>
    </message>
    <message>
        <source>&apos;rules&apos; must be a list of rules</source>
        <translation>&apos;rules&apos; doit être une liste de règles</translation>
    </message>
    <message>
        <source>a rule must be a mapping (glob:, type:, ...)</source>
        <translation>une règle doit être un dictionnaire (glob:, type:, …)</translation>
    </message>
    <message>
        <source>invalid heading pattern: %1</source>
        <translation>motif de titre invalide&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown entity type &apos;%1&apos;</source>
        <translation>type d’élément inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>invalid YAML: %1</source>
        <translation>YAML invalide&#xa0;: %1</translation>
    </message>
    <message>
        <source>this diagram has no Markdown form</source>
        <translation>ce diagramme n’a pas de forme Markdown</translation>
    </message>
    <message>
        <source>unresolved sync conflict on lines %1–%2: both versions are still in the file; open it and choose Resolve…</source>
        <translation>conflit de synchronisation non résolu aux lignes %1–%2&#xa0;: les deux versions sont encore dans le fichier&#xa0;; ouvrez-le et choisissez «&#xa0;Résoudre…&#xa0;»</translation>
    </message>
    <message>
        <source>unknown extractor &apos;%1&apos; (expected one of: %2)</source>
        <translation>extracteur inconnu &apos;%1&apos; (attendu&#xa0;: l’un de %2)</translation>
    </message>
    <message>
        <source>invalid pattern in &apos;%1&apos;: %2</source>
        <translation>motif invalide dans «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>mentions</source>
        <translation>mentionne</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>Non accepté</translation>
    </message>
    <message>
        <source>retells</source>
        <translation>raconte à nouveau</translation>
    </message>
    <message>
        <source>hit by</source>
        <translation>touché par</translation>
    </message>
    <message>
        <source>declared</source>
        <translation>déclarée</translation>
    </message>
    <message>
        <source>extracted</source>
        <translation>extraite</translation>
    </message>
    <message>
        <source>derived</source>
        <translation>dérivée</translation>
    </message>
    <message>
        <source>&apos;relation_types&apos; must be a list</source>
        <translation>&apos;relation_types&apos; doit être une liste</translation>
    </message>
    <message>
        <source>a relation type must be a mapping (from:, to:, kind:)</source>
        <translation>un type de relation doit être une table (from:, to:, kind:)</translation>
    </message>
    <message>
        <source>unknown entity type in relation type &apos;%1 -&gt; %2&apos;</source>
        <translation>type d’élément inconnu dans le type de relation &apos;%1 -&gt; %2&apos;</translation>
    </message>
    <message>
        <source>unknown relation kind &apos;%1&apos;</source>
        <translation>sorte de relation inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;state_markers&apos; must map states to their markers</source>
        <translation>&apos;state_markers&apos; doit associer aux états leurs marqueurs</translation>
    </message>
    <message>
        <source>unknown state &apos;%1&apos; in state_markers</source>
        <translation>état inconnu &apos;%1&apos; dans state_markers</translation>
    </message>
    <message>
        <source>&apos;relations&apos; must be a list of {source, kind, target, state}</source>
        <translation>&apos;relations&apos; doit être une liste de {source, kind, target, state}</translation>
    </message>
    <message>
        <source>a relation must be a mapping (source:, kind:, target:, state:)</source>
        <translation>une relation doit être une table (source:, kind:, target:, state:)</translation>
    </message>
    <message>
        <source>a relation&apos;s state must be accepted or rejected, not &apos;%1&apos;</source>
        <translation>l’état d’une relation doit être accepted ou rejected, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a relation needs a source and a target</source>
        <translation>une relation a besoin d’une source et d’une cible</translation>
    </message>
    <message>
        <source>unknown shape &apos;%1&apos; (expected goal-metadata-table)</source>
        <translation>forme &apos;%1&apos; inconnue (attendu&#xa0;: goal-metadata-table)</translation>
    </message>
    <message>
        <source>a rule needs a &apos;glob&apos;, a &apos;heading&apos;, a &apos;shape&apos; or a &apos;summary_parent&apos;</source>
        <translation>une règle demande &apos;glob&apos;, &apos;heading&apos;, &apos;shape&apos; ou &apos;summary_parent&apos;</translation>
    </message>
    <message>
        <source>Status-quo stories</source>
        <translation>Récits du statu quo</translation>
    </message>
    <message>
        <source>Shiny-future stories</source>
        <translation>Récits de l’avenir radieux</translation>
    </message>
</context>
<context>
    <name>storyloom::AboutDialog</name>
    <message>
        <source>%1 (commit %2)</source>
        <extracomment>%1 is the version number, %2 the git commit it was built from</extracomment>
        <translation>%1 (commit %2)</translation>
    </message>
    <message>
        <source>About Storyloom</source>
        <translation>À propos de Storyloom</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Write and map vision documents: characters, values, stories, pain points and roadmap goals.</source>
        <translation>Écrire et cartographier des documents de vision&#xa0;: personnages, valeurs, récits, points de friction et objectifs de la feuille de route.</translation>
    </message>
    <message>
        <source>Storyloom is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version.</source>
        <translation>Storyloom est un logiciel libre&#xa0;: vous pouvez le redistribuer et/ou le modifier selon les termes de la licence publique générale GNU, version 3 ou (à votre choix) toute version ultérieure.</translation>
    </message>
    <message>
        <source>It is built on these libraries and programs:</source>
        <translation>Il repose sur ces bibliothèques et programmes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Copy Version Information</source>
        <translation>&amp;Copier les informations de version</translation>
    </message>
    <message>
        <source>Third-party components</source>
        <translation>Composants tiers</translation>
    </message>
</context>
<context>
    <name>storyloom::BacklinksPanel</name>
    <message>
        <source>From</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Where it says so</source>
        <translation>Où c’est écrit</translation>
    </message>
    <message>
        <source>Open an entity to see what links to it.</source>
        <translation>Ouvrez un élément pour voir ce qui y renvoie.</translation>
    </message>
    <message>
        <source>Nothing links to &lt;b&gt;%1&lt;/b&gt; yet.</source>
        <translation>Rien ne renvoie encore à &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) to &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>
            <numerusform>%n lien vers &lt;b&gt;%1&lt;/b&gt;</numerusform>
            <numerusform>%n liens vers &lt;b&gt;%1&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>
(inferred)</source>
        <translation>
(déduit)</translation>
    </message>
    <message>
        <source>Backlinks</source>
        <translation>Rétroliens</translation>
    </message>
    <message>
        <source>Pages that link to the current page; Enter opens one.</source>
        <translation>Pages qui renvoient à la page actuelle&#xa0;; Entrée en ouvre une.</translation>
    </message>
</context>
<context>
    <name>storyloom::BufferKeeper</name>
    <message>
        <source>This file is not valid UTF-8. It is shown read-only (invalid bytes as �) so that nothing in it is altered.</source>
        <translation>Ce fichier n’est pas de l’UTF-8 valide. Il est affiché en lecture seule (octets invalides sous la forme �) pour que rien n’y soit altéré.</translation>
    </message>
    <message>
        <source>This is a large file: highlighting and the live preview are off to keep typing fast.</source>
        <translation>Ce fichier est volumineux&#xa0;: la coloration et l’aperçu en direct sont désactivés pour garder une saisie fluide.</translation>
    </message>
    <message>
        <source>This file has very long lines: highlighting and wrapping are off to keep typing fast.</source>
        <translation>Ce fichier a des lignes très longues&#xa0;: la coloration et le retour à la ligne sont désactivés pour garder une saisie fluide.</translation>
    </message>
    <message>
        <source>Cannot write the recovery journal: %1</source>
        <translation>Impossible d’écrire le journal de récupération&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 is read-only here; nothing was written.</source>
        <translation>%1 est en lecture seule ici&#xa0;; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>The file changed on disk: choose in the bar above the editor first.</source>
        <translation>Le fichier a changé sur le disque&#xa0;: faites d’abord votre choix dans la barre au-dessus de l’éditeur.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Reloaded %1 (changed on disk)</source>
        <translation>%1 rechargé (modifié sur le disque)</translation>
    </message>
    <message>
        <source>%1 was changed by another program while you were editing it. Nothing has been overwritten.</source>
        <translation>%1 a été modifié par un autre programme pendant que vous l’éditiez. Rien n’a été écrasé.</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <source>Take Theirs</source>
        <translation>Prendre l’autre</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Comparer…</translation>
    </message>
    <message>
        <source>Changes: file on disk (−) and your buffer (+)</source>
        <translation>Modifications&#xa0;: fichier sur le disque (−) et votre texte (+)</translation>
    </message>
    <message>
        <source>%1 was deleted or renamed on disk. Your text is still here.</source>
        <translation>%1 a été supprimé ou renommé sur le disque. Votre texte est toujours là.</translation>
    </message>
    <message>
        <source>Save Again</source>
        <translation>Enregistrer à nouveau</translation>
    </message>
    <message>
        <source>Changes between the file on disk and your buffer</source>
        <translation>Différences entre le fichier sur le disque et votre tampon</translation>
    </message>
</context>
<context>
    <name>storyloom::CloneDialog</name>
    <message>
        <source>Clone a Vision Document</source>
        <translation>Cloner un document de vision</translation>
    </message>
    <message>
        <source>https://github.com/rust-lang/wg-async.git</source>
        <translation>https://github.com/rust-lang/wg-async.git</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Repository &amp;URL:</source>
        <translation>&amp;URL du dépôt&#xa0;:</translation>
    </message>
    <message>
        <source>Into &amp;folder:</source>
        <translation>Dans le &amp;dossier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Clone</source>
        <translation>&amp;Cloner</translation>
    </message>
    <message>
        <source>Clone Into</source>
        <translation>Cloner dans</translation>
    </message>
    <message>
        <source>Give the repository&apos;s address and a folder to clone into.</source>
        <translation>Indiquez l’adresse du dépôt et un dossier de destination.</translation>
    </message>
    <message>
        <source>%1 already exists and is not empty: choose another folder.</source>
        <translation>%1 existe déjà et n’est pas vide&#xa0;: choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Cloning…</source>
        <translation>Clonage…</translation>
    </message>
    <message>
        <source>Choose the folder to clone into</source>
        <translation>Choisir le dossier où cloner</translation>
    </message>
    <message>
        <source>Folder to clone into</source>
        <translation>Dossier où cloner</translation>
    </message>
    <message>
        <source>Cloning</source>
        <translation>Clonage</translation>
    </message>
    <message>
        <source>Clone status</source>
        <translation>État du clonage</translation>
    </message>
</context>
<context>
    <name>storyloom::CommitMessage</name>
    <message>
        <source>%1 file: %2</source>
        <translation>%1 fichier&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Update the vision document</source>
        <translation>Mettre à jour le document de vision</translation>
    </message>
    <message>
        <source>%1 story</source>
        <translation>Récit %1</translation>
    </message>
    <message>
        <source>add</source>
        <translation>ajout</translation>
    </message>
    <message>
        <source>update</source>
        <translation>mise à jour</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>suppression</translation>
    </message>
    <message>
        <source>move</source>
        <translation>déplacement</translation>
    </message>
</context>
<context>
    <name>storyloom::ConflictBanner</name>
    <message numerus="yes">
        <source>This file holds an unresolved sync conflict (%n change(s), from line %1): your version and the other one are both in the text, between conflict markers.</source>
        <translation>
            <numerusform>Ce fichier contient un conflit de synchronisation non résolu (%n modification, à partir de la ligne %1)&#xa0;: votre version et l’autre sont toutes deux dans le texte, entre des marqueurs de conflit.</numerusform>
            <numerusform>Ce fichier contient un conflit de synchronisation non résolu (%n modifications, à partir de la ligne %1)&#xa0;: votre version et l’autre sont toutes deux dans le texte, entre des marqueurs de conflit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Résoudre…</translation>
    </message>
</context>
<context>
    <name>storyloom::ConflictDialog</name>
    <message>
        <source>&amp;Finish Sync</source>
        <translation>&amp;Terminer la synchronisation</translation>
    </message>
    <message>
        <source>&amp;Abort Sync</source>
        <translation>&amp;Annuler la synchronisation</translation>
    </message>
    <message>
        <source>Resolve Conflicts</source>
        <translation>Résoudre les conflits</translation>
    </message>
    <message>
        <source>Yours (this computer)</source>
        <translation>La vôtre (cet ordinateur)</translation>
    </message>
    <message>
        <source>Theirs (the remote)</source>
        <translation>L’autre (le dépôt distant)</translation>
    </message>
    <message>
        <source>Abort Sync</source>
        <translation>Annuler la synchronisation</translation>
    </message>
    <message>
        <source>Go back to your version of every file, as it was before this sync? Your own changes stay committed on this computer; the other side&apos;s changes are merged at the next sync.</source>
        <translation>Revenir à votre version de chaque fichier, telle qu’elle était avant cette synchronisation&#xa0;? Vos modifications restent validées sur cet ordinateur&#xa0;; celles de l’autre côté seront fusionnées à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Could not resolve %1; see the repository in a terminal.</source>
        <translation>Impossible de résoudre %1&#xa0;; examinez le dépôt dans un terminal.</translation>
    </message>
    <message>
        <source>Every conflict is resolved. Finish the sync to commit the merge and push it.</source>
        <translation>Tous les conflits sont résolus. Terminez la synchronisation pour valider la fusion et la pousser.</translation>
    </message>
    <message>
        <source>There is no unfinished sync.</source>
        <translation>Aucune synchronisation inachevée.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were changed both here and on the remote. Both versions are kept until you choose.</source>
        <translation>
            <numerusform>%n fichier a été modifié ici et sur le dépôt distant. Les deux versions sont conservées jusqu’à votre choix.</numerusform>
            <numerusform>%n fichiers ont été modifiés ici et sur le dépôt distant. Les deux versions sont conservées jusqu’à votre choix.</numerusform>
        </translation>
    </message>
    <message>
        <source>(deleted on this side)</source>
        <translation>(supprimé de ce côté)</translation>
    </message>
    <message>
        <source>(nothing: this side removed these lines)</source>
        <translation>(rien&#xa0;: ce côté a supprimé ces lignes)</translation>
    </message>
    <message>
        <source>Whole File: &amp;Mine</source>
        <translation>Fichier entier&#xa0;: la &amp;mienne</translation>
    </message>
    <message>
        <source>Whole File: &amp;Theirs</source>
        <translation>Fichier entier&#xa0;: l’&amp;autre</translation>
    </message>
    <message>
        <source>&amp;Save Resolution</source>
        <translation>&amp;Enregistrer la résolution</translation>
    </message>
    <message>
        <source>The file as it will be saved. Changes not decided yet still show both versions.</source>
        <translation>Le fichier tel qu’il sera enregistré. Les modifications pas encore tranchées montrent encore les deux versions.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Whole Files</source>
        <translation>Fichiers entiers</translation>
    </message>
    <message>
        <source>&amp;Undo Choice</source>
        <translation>&amp;Annuler le choix</translation>
    </message>
    <message>
        <source>This file has no conflict markers to choose between: take one whole file, yours or theirs.</source>
        <translation>Ce fichier n’a pas de marqueurs de conflit entre lesquels choisir&#xa0;: prenez un fichier entier, le vôtre ou l’autre.</translation>
    </message>
    <message>
        <source>Change %1 of %2 · line %3</source>
        <translation>Modification %1 sur %2 · ligne %3</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>La vôtre</translation>
    </message>
    <message>
        <source>Yours (%1)</source>
        <translation>La vôtre (%1)</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>L’autre</translation>
    </message>
    <message>
        <source>Theirs (%1)</source>
        <translation>L’autre (%1)</translation>
    </message>
    <message>
        <source>Take Mine</source>
        <translation>Prendre la mienne</translation>
    </message>
    <message>
        <source>Take Theirs</source>
        <translation>Prendre l’autre</translation>
    </message>
    <message>
        <source>Take Both</source>
        <translation>Prendre les deux</translation>
    </message>
    <message>
        <source>Choice for change %1</source>
        <translation>Choix pour la modification %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) still to decide.</source>
        <translation>
            <numerusform>Encore %n modification à trancher.</numerusform>
            <numerusform>Encore %n modifications à trancher.</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflicted files</source>
        <translation>Fichiers en conflit</translation>
    </message>
    <message>
        <source>Views of the conflict</source>
        <translation>Vues du conflit</translation>
    </message>
    <message>
        <source>Conflict status</source>
        <translation>État des conflits</translation>
    </message>
</context>
<context>
    <name>storyloom::CoverageMatrixWidget</name>
    <message>
        <source>Sort by total</source>
        <translation>Trier par total</translation>
    </message>
    <message>
        <source>Characters × pain points (through stories)</source>
        <translation>Personnages × points de friction (par les récits)</translation>
    </message>
    <message>
        <source>Pain points × goals</source>
        <translation>Points de friction × objectifs</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <source>any entity</source>
        <translation>n’importe quel élément</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Export the matrix as CSV or SVG</source>
        <translation>Exporter la matrice en CSV ou SVG</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Lignes&#xa0;:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Colonnes&#xa0;:</translation>
    </message>
    <message>
        <source>Through:</source>
        <translation>Par&#xa0;:</translation>
    </message>
    <message>
        <source>Click a cell to list the paths behind it.</source>
        <translation>Cliquez sur une cellule pour lister les chemins qui la composent.</translation>
    </message>
    <message>
        <source>A gap: no path to any of them</source>
        <translation>Une lacune&#xa0;: aucun chemin vers aucun d’eux</translation>
    </message>
    <message numerus="yes">
        <source>%n path(s)</source>
        <translation>
            <numerusform>%n chemin</numerusform>
            <numerusform>%n chemins</numerusform>
        </translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvrir</translation>
    </message>
    <message>
        <source>The matrix is exported as .csv, .svg or .md, not “%1”.</source>
        <translation>La matrice s’exporte en .csv, .svg ou .md, pas en «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Export Matrix</source>
        <translation>Exporter la matrice</translation>
    </message>
    <message>
        <source>CSV (*.csv);;SVG picture (*.svg);;Markdown table (*.md)</source>
        <translation>CSV (*.csv);;Image SVG (*.svg);;Tableau Markdown (*.md)</translation>
    </message>
    <message>
        <source>Coverage matrix</source>
        <translation>Matrice de couverture</translation>
    </message>
    <message>
        <source>Stories and relations behind the chosen cell</source>
        <translation>Histoires et relations derrière la cellule choisie</translation>
    </message>
</context>
<context>
    <name>storyloom::DescribeProjectDialog</name>
    <message>
        <source>Describe This Project</source>
        <translation>Décrire ce projet</translation>
    </message>
    <message>
        <source>Few pages of this project have a type. Say what each folder holds: Storyloom writes it as rules to storyloom.yml, and changes no page.</source>
        <translation>Peu de pages de ce projet ont un type. Dites ce que contient chaque dossier&#xa0;: Storyloom l’écrit comme règles dans storyloom.yml et ne modifie aucune page.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Sample titles</source>
        <translation>Exemples de titres</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n typed</source>
        <translation>
            <numerusform>%n typée</numerusform>
            <numerusform>%n typées</numerusform>
        </translation>
    </message>
    <message>
        <source>(no rule)</source>
        <translation>(aucune règle)</translation>
    </message>
    <message>
        <source>Guessed from %1</source>
        <translation>Supposé d’après %1</translation>
    </message>
    <message>
        <source>Write Rules</source>
        <translation>Écrire les règles</translation>
    </message>
    <message>
        <source>With these rules: %1.</source>
        <translation>Avec ces règles&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Folders and their types</source>
        <translation>Dossiers et leurs types</translation>
    </message>
    <message>
        <source>Type of %1</source>
        <translation>Type de %1</translation>
    </message>
</context>
<context>
    <name>storyloom::DiagramPreview</name>
    <message>
        <source>Laying out…</source>
        <translation>Disposition en cours…</translation>
    </message>
</context>
<context>
    <name>storyloom::DocumentFile</name>
    <message>
        <source>%1 is %2 MB; Storyloom opens files up to %3 MB.</source>
        <translation>%1 fait %2 Mo&#xa0;; Storyloom ouvre les fichiers jusqu’à %3 Mo.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d’ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 was changed by another program</source>
        <translation>%1 a été modifié par un autre programme</translation>
    </message>
</context>
<context>
    <name>storyloom::DocumentTabs</name>
    <message>
        <source>Open pages and views</source>
        <translation>Pages et vues ouvertes</translation>
    </message>
</context>
<context>
    <name>storyloom::EditActions</name>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;All</source>
        <translation>Enregistrer &amp;tout</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>R&amp;eplace…</source>
        <translation>R&amp;emplacer…</translation>
    </message>
    <message>
        <source>&amp;Go to Line…</source>
        <translation>&amp;Aller à la ligne…</translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation>&amp;Propriétés</translation>
    </message>
    <message>
        <source>&amp;Outline</source>
        <translation>P&amp;lan</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>A&amp;perçu</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>storyloom::EditorSession</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) with unsaved changes can be recovered</source>
        <translation>
            <numerusform>%n fichier avec des modifications non enregistrées peut être récupéré</numerusform>
            <numerusform>%n fichiers avec des modifications non enregistrées peuvent être récupérés</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Recovered Text As</source>
        <translation>Enregistrer le texte récupéré sous</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Nouveau&#xa0;: %1</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>Rien n’a été écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>%1 créé</translation>
    </message>
    <message>
        <source>Created %1 and listed it in %2</source>
        <translation>%1 créé et ajouté à %2</translation>
    </message>
</context>
<context>
    <name>storyloom::EntityPage</name>
    <message>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Line %1, column %2</source>
        <translation>Ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>The entity “%1” is not in the project any more.</source>
        <translation>L’élément «&#xa0;%1&#xa0;» ne fait plus partie du projet.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Go to Line</source>
        <translation>Aller à la ligne</translation>
    </message>
    <message>
        <source>Line:</source>
        <translation>Ligne&#xa0;:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Export HTML…</source>
        <translation>Exporter en HTML…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n mot</numerusform>
            <numerusform>%n mots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min read</source>
        <translation>
            <numerusform>%n min de lecture</numerusform>
            <numerusform>%n min de lecture</numerusform>
        </translation>
    </message>
    <message>
        <source>No entity at %1</source>
        <translation>Aucun élément à %1</translation>
    </message>
    <message>
        <source>Refused to open %1</source>
        <translation>Ouverture de %1 refusée</translation>
    </message>
    <message>
        <source>Export as HTML</source>
        <translation>Exporter en HTML</translation>
    </message>
    <message>
        <source>HTML pages (*.html)</source>
        <translation>Pages HTML (*.html)</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Échec de l’export&#xa0;: %1</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exporté</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Aucun objectif</translation>
    </message>
    <message>
        <source>Target: </source>
        <translation>Objectif&#xa0;: </translation>
    </message>
    <message>
        <source> words</source>
        <translation> mots</translation>
    </message>
    <message>
        <source>Words to write in this story in one session</source>
        <translation>Mots à écrire dans cette histoire en une session</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n word(s) this session</source>
        <translation>
            <numerusform>%1 sur %n mot dans cette session</numerusform>
            <numerusform>%1 sur %n mots dans cette session</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) this session</source>
        <translation>
            <numerusform>%n mot dans cette session</numerusform>
            <numerusform>%n mots dans cette session</numerusform>
        </translation>
    </message>
    <message>
        <source>Markdown source of %1</source>
        <translation>Source Markdown de %1</translation>
    </message>
    <message>
        <source>Markdown source</source>
        <translation>Source Markdown</translation>
    </message>
    <message>
        <source>Page panels</source>
        <translation>Panneaux de la page</translation>
    </message>
    <message>
        <source>Cursor position</source>
        <translation>Position du curseur</translation>
    </message>
    <message>
        <source>Word count</source>
        <translation>Nombre de mots</translation>
    </message>
    <message>
        <source>Page tools</source>
        <translation>Outils de la page</translation>
    </message>
    <message>
        <source>Quick Fix…</source>
        <translation>Correction rapide…</translation>
    </message>
    <message>
        <source>No problem on this line</source>
        <translation>Aucun problème sur cette ligne</translation>
    </message>
    <message>
        <source>No quick fix for this problem</source>
        <translation>Aucune correction rapide pour ce problème</translation>
    </message>
</context>
<context>
    <name>storyloom::EntityTemplates</name>
    <message>
        <source>Status Quo Story</source>
        <translation>Récit de statu quo</translation>
    </message>
    <message>
        <source>Shiny Future Story</source>
        <translation>Récit d’avenir radieux</translation>
    </message>
    <message>
        <source>Character</source>
        <translation>Personnage</translation>
    </message>
    <message>
        <source>Pain Point</source>
        <translation>Point de friction</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
</context>
<context>
    <name>storyloom::ExportRunner</name>
    <message>
        <source>Exporting %1…</source>
        <translation>Exportation de %1…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Exported to %1 · %2</source>
        <translation>Exporté vers %1 · %2</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Open the exported file or the folder it is in</source>
        <translation>Ouvrir le fichier exporté ou son dossier</translation>
    </message>
</context>
<context>
    <name>storyloom::ExportTargetWidget</name>
    <message>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>The picture&apos;s longer side, in pixels</source>
        <translation>Le plus grand côté de l’image, en pixels</translation>
    </message>
    <message>
        <source>PNG size:</source>
        <translation>Taille du PNG&#xa0;:</translation>
    </message>
    <message>
        <source>SVG picture (links to pages)</source>
        <translation>Image SVG (liens vers les pages)</translation>
    </message>
    <message>
        <source>PNG picture</source>
        <translation>Image PNG</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>Graphviz DOT</source>
        <translation>Graphviz DOT</translation>
    </message>
    <message>
        <source>Mermaid flowchart</source>
        <translation>Organigramme Mermaid</translation>
    </message>
    <message>
        <source>Markdown overview table</source>
        <translation>Tableau récapitulatif Markdown</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>Fichier d’export</translation>
    </message>
    <message>
        <source>Choose the export file</source>
        <translation>Choisir le fichier d’export</translation>
    </message>
</context>
<context>
    <name>storyloom::FindBar</name>
    <message>
        <source>Regular expression</source>
        <translation>Expression régulière</translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation>Mots entiers</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Respecter la casse</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Remplacer par</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>Tout remplacer</translation>
    </message>
    <message>
        <source>Invalid pattern</source>
        <translation>Motif invalide</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <source>Find result</source>
        <translation>Résultat de la recherche</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
</context>
<context>
    <name>storyloom::FocusMode</name>
    <message>
        <source>&amp;Focus Mode</source>
        <translation>Mode &amp;concentration</translation>
    </message>
    <message>
        <source>T&amp;ypewriter Scrolling</source>
        <translation>Défilement &amp;machine à écrire</translation>
    </message>
    <message>
        <source>&amp;Dim Other Paragraphs</source>
        <translation>A&amp;tténuer les autres paragraphes</translation>
    </message>
    <message>
        <source>Write with nothing but the text in view (Esc leaves)</source>
        <translation>Écrire avec le texte seul sous les yeux (Échap pour quitter)</translation>
    </message>
</context>
<context>
    <name>storyloom::GapAnalysis</name>
    <message>
        <source>features in no story</source>
        <translation>n’apparaît dans aucun récit</translation>
    </message>
    <message>
        <source>no character prioritises it</source>
        <translation>aucun personnage ne la privilégie</translation>
    </message>
    <message>
        <source>no character features in it</source>
        <translation>aucun personnage n’y apparaît</translation>
    </message>
    <message>
        <source>Unaddressed pain points</source>
        <translation>Points de friction non traités</translation>
    </message>
    <message>
        <source>Goals without a reason</source>
        <translation>Objectifs sans raison</translation>
    </message>
    <message>
        <source>Characters without stories</source>
        <translation>Personnages sans récit</translation>
    </message>
    <message>
        <source>Stories without characters</source>
        <translation>Récits sans personnage</translation>
    </message>
    <message>
        <source>Characters that feature in no story.</source>
        <translation>Personnages qui n’apparaissent dans aucun récit.</translation>
    </message>
    <message>
        <source>Stories in which no character features.</source>
        <translation>Récits où n’apparaît aucun personnage.</translation>
    </message>
    <message numerus="yes">
        <source>exposed by %n story(s); no goal addresses it</source>
        <translation>
            <numerusform>exposé par %n récit&#xa0;; aucun objectif ne le traite</numerusform>
            <numerusform>exposé par %n récits&#xa0;; aucun objectif ne le traite</numerusform>
        </translation>
    </message>
    <message>
        <source>no pain point or story behind it</source>
        <translation>aucun point de friction ni récit derrière lui</translation>
    </message>
    <message numerus="yes">
        <source>no pain point or story behind it or the %n goal(s) under it</source>
        <translation>
            <numerusform>aucun point de friction ni récit derrière lui ni derrière l’objectif qu’il contient (%n)</numerusform>
            <numerusform>aucun point de friction ni récit derrière lui ni derrière les %n objectifs qu’il contient</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>features in no story; %n story(s) mention it</source>
        <translation>
            <numerusform>n’apparaît dans aucun récit&#xa0;; %n récit le mentionne</numerusform>
            <numerusform>n’apparaît dans aucun récit&#xa0;; %n récits le mentionnent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no character prioritises it; %n pain point(s) hurt it</source>
        <translation>
            <numerusform>aucun personnage ne la privilégie&#xa0;; %n point de friction lui nuit</numerusform>
            <numerusform>aucun personnage ne la privilégie&#xa0;; %n points de friction lui nuisent</numerusform>
        </translation>
    </message>
    <message>
        <source>retells no status-quo story</source>
        <translation>ne raconte à nouveau aucun récit du statu quo</translation>
    </message>
    <message>
        <source>Values nobody holds</source>
        <translation>Valeurs que personne ne porte</translation>
    </message>
    <message>
        <source>Futures that retell nothing</source>
        <translation>Avenirs qui ne racontent rien à nouveau</translation>
    </message>
    <message>
        <source>Pain points that no goal addresses, those more stories expose first.</source>
        <translation>Points de friction qu’aucun objectif ne traite, ceux que plus de récits exposent d’abord.</translation>
    </message>
    <message>
        <source>Goals with no pain point or story behind them.</source>
        <translation>Objectifs sans point de friction ni récit derrière eux.</translation>
    </message>
    <message>
        <source>Values that no character prioritises.</source>
        <translation>Valeurs qu’aucun personnage ne privilégie.</translation>
    </message>
    <message>
        <source>Shiny-future stories that retell no status-quo story.</source>
        <translation>Récits d’avenir radieux qui ne racontent à nouveau aucun récit du statu quo.</translation>
    </message>
</context>
<context>
    <name>storyloom::GitObjects</name>
    <message>
        <source>Git failed: %1</source>
        <translation>Git a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 is not in a Git repository: it has no history to read.</source>
        <translation>%1 n’est dans aucun dépôt Git&#xa0;: il n’y a pas d’historique à lire.</translation>
    </message>
    <message>
        <source>The repository has no commits yet: there is no history.</source>
        <translation>Le dépôt n’a encore aucun commit&#xa0;: il n’y a pas d’historique.</translation>
    </message>
    <message>
        <source>Unknown revision &apos;%1&apos;: no commit, tag, branch or date of this repository.</source>
        <translation>Révision &apos;%1&apos; inconnue&#xa0;: ni commit, ni étiquette, ni branche, ni date de ce dépôt.</translation>
    </message>
    <message>
        <source>The repository is a shallow clone: its history stops at %1.</source>
        <translation>Le dépôt est un clone superficiel&#xa0;: son historique s’arrête à %1.</translation>
    </message>
</context>
<context>
    <name>storyloom::GraphAccessible</name>
    <message>
        <source>%1; links to %2, linked from %3</source>
        <extracomment>The graph&apos;s focused entity for screen readers: its type, then how many relations go out and come in.</extracomment>
        <translation>%1&#xa0;; renvoie vers %2, référencé par %3</translation>
    </message>
    <message numerus="yes">
        <source>%n entity(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storyloom::GraphBuilder</name>
    <message>
        <source>&apos;%1&apos; names &apos;%2&apos;, which is no entity of this project</source>
        <translation>&apos;%1&apos; nomme &apos;%2&apos;, qui n’est pas un élément de ce projet</translation>
    </message>
    <message>
        <source>parent &apos;%1&apos; is no entity of this project</source>
        <translation>le parent &apos;%1&apos; n’est pas un élément de ce projet</translation>
    </message>
    <message>
        <source>unknown type &apos;%1&apos; (expected character, value, story, pain-point, goal, project or page)</source>
        <translation>type inconnu &apos;%1&apos; (attendu&#xa0;: character, value, story, pain-point, goal, project ou page)</translation>
    </message>
    <message>
        <source>&apos;kind&apos; must be status-quo or shiny-future, on a story</source>
        <translation>&apos;kind&apos; doit valoir status-quo ou shiny-future, sur un récit</translation>
    </message>
    <message>
        <source>duplicate id &apos;%1&apos; (also used by %2); this entity is renamed</source>
        <translation>identifiant en double &apos;%1&apos; (aussi utilisé par %2)&#xa0;; cet élément est renommé</translation>
    </message>
    <message>
        <source>unknown front matter key &apos;%1&apos;</source>
        <translation>clé d’en-tête YAML inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;progress&apos; must be a number from 0 to 1</source>
        <translation>&apos;progress&apos; doit être un nombre entre 0 et 1</translation>
    </message>
    <message>
        <source>link &apos;%1&apos; leaves the project; it is not followed</source>
        <translation>le lien &apos;%1&apos; sort du projet&#xa0;; il n’est pas suivi</translation>
    </message>
    <message>
        <source>broken link: &apos;%1&apos; (no file %2 in the project)</source>
        <translation>lien cassé&#xa0;: &apos;%1&apos; (pas de fichier %2 dans le projet)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is its own ancestor (parent cycle); its parent is ignored</source>
        <translation>&apos;%1&apos; est son propre ancêtre (cycle de parents)&#xa0;; son parent est ignoré</translation>
    </message>
    <message>
        <source>not published: SUMMARY.md does not list this page</source>
        <translation>non publiée&#xa0;: SUMMARY.md ne liste pas cette page</translation>
    </message>
    <message>
        <source>unknown state &apos;%1&apos; (expected done, in-progress, help-wanted, paused, proposed, accepted or not-accepted)</source>
        <translation>état inconnu &apos;%1&apos; (attendu&#xa0;: done, in-progress, help-wanted, paused, proposed, accepted ou not-accepted)</translation>
    </message>
    <message>
        <source>relation names &apos;%1&apos;, which is no entity of this project</source>
        <translation>la relation nomme &apos;%1&apos;, qui n’est pas un élément de ce projet</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is no rejected relation (KIND TARGET) of this project</source>
        <translation>&apos;%1&apos; n’est pas une relation rejetée (GENRE CIBLE) de ce projet</translation>
    </message>
</context>
<context>
    <name>storyloom::GraphExportDialog</name>
    <message>
        <source>Export Graph</source>
        <translation>Exporter le graphe</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Exports what the graph shows now, with its filters.</source>
        <translation>Exporte ce que le graphe affiche maintenant, avec ses filtres.</translation>
    </message>
    <message>
        <source>Choose the file to export to.</source>
        <translation>Choisissez le fichier vers lequel exporter.</translation>
    </message>
</context>
<context>
    <name>storyloom::GraphFilterPanel</name>
    <message>
        <source>Hide orphans</source>
        <translation>Masquer les orphelins</translation>
    </message>
    <message>
        <source>Local graph of the selection</source>
        <translation>Graphe local de la sélection</translation>
    </message>
    <message>
        <source>Filter by title…</source>
        <translation>Filtrer par titre…</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Relations</translation>
    </message>
    <message>
        <source>Goal states</source>
        <translation>États des objectifs</translation>
    </message>
    <message>
        <source>Character:</source>
        <translation>Personnage&#xa0;:</translation>
    </message>
    <message>
        <source>depth </source>
        <translation>profondeur </translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Around “%1”</source>
        <translation>Autour de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Select an entity, then switch this on.</source>
        <translation>Sélectionnez un élément, puis activez ceci.</translation>
    </message>
    <message>
        <source>Filter by title</source>
        <translation>Filtrer par titre</translation>
    </message>
    <message>
        <source>Depth of the local graph</source>
        <translation>Profondeur du graphe local</translation>
    </message>
</context>
<context>
    <name>storyloom::GraphGapPanel</name>
    <message>
        <source>Clear Highlights</source>
        <translation>Effacer la mise en évidence</translation>
    </message>
    <message numerus="yes">
        <source>%n found.</source>
        <translation>
            <numerusform>%n trouvé.</numerusform>
            <numerusform>%n trouvés.</numerusform>
        </translation>
    </message>
    <message>
        <source>All Gaps, Ranked</source>
        <translation>Toutes les lacunes, classées</translation>
    </message>
    <message>
        <source>Every gap, what is most worth acting on first, with what shows it.</source>
        <translation>Chaque lacune, la plus utile à traiter d’abord, avec ce qui la montre.</translation>
    </message>
    <message>
        <source>Every gap, what is most worth acting on first.</source>
        <translation>Chaque lacune, la plus utile à traiter d’abord.</translation>
    </message>
    <message>
        <source>Entities with this gap</source>
        <translation>Éléments présentant cette lacune</translation>
    </message>
</context>
<context>
    <name>storyloom::GraphKeyNavigator</name>
    <message>
        <source>Relations of %1</source>
        <translation>Relations de %1</translation>
    </message>
    <message>
        <source>No relations shown</source>
        <translation>Aucune relation affichée</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
    <message>
        <source>Unfold %1</source>
        <translation>Déplier %1</translation>
    </message>
    <message>
        <source>Fold %1</source>
        <translation>Replier %1</translation>
    </message>
</context>
<context>
    <name>storyloom::GraphLegend</name>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Entity types, each with its own shape: %1. Relation kinds, each with its own line pattern: %2. Derived relations have a hollow arrowhead.</source>
        <translation>Types d’éléments, chacun avec sa forme&#xa0;: %1. Types de relations, chacun avec son motif de trait&#xa0;: %2. Les relations dérivées ont une pointe de flèche creuse.</translation>
    </message>
    <message>
        <source>derived</source>
        <translation>dérivée</translation>
    </message>
</context>
<context>
    <name>storyloom::GraphRelationsList</name>
    <message>
        <source>Relations of this entity</source>
        <translation>Relations de cet élément</translation>
    </message>
    <message>
        <source>The relations of the entity selected in the map; Enter selects the related entity.</source>
        <translation>Les relations de l’élément sélectionné sur la carte&#xa0;; Entrée sélectionne l’élément lié.</translation>
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
        <translation>Aucun élément sélectionné</translation>
    </message>
    <message>
        <source>No relations shown</source>
        <translation>Aucune relation affichée</translation>
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
        <translation>Filtres</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Lacunes</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Re-layout</source>
        <translation>Redisposer</translation>
    </message>
    <message>
        <source>Lay the graph out again, forgetting dragged positions</source>
        <translation>Disposer à nouveau le graphe en oubliant les positions déplacées</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>&lt;p&gt;Click an entity to see its summary; double-click to open it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Cliquez sur un élément pour voir son résumé&#xa0;; double-cliquez pour l’ouvrir.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open in the editor</source>
        <translation>Ouvrir dans l’éditeur</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Links to&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Renvoie à&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Linked from&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Cité par&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n entities</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relations</source>
        <translation>
            <numerusform>%n relation</numerusform>
            <numerusform>%n relations</numerusform>
        </translation>
    </message>
    <message>
        <source>laying out…</source>
        <translation>disposition en cours…</translation>
    </message>
    <message>
        <source>Nothing to export: no project is open.</source>
        <translation>Rien à exporter&#xa0;: aucun projet n’est ouvert.</translation>
    </message>
    <message>
        <source>Cannot export the graph as “%1”.</source>
        <translation>Impossible d’exporter le graphe en «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message numerus="yes">
        <source>exposed by %n story(s)</source>
        <translation>
            <numerusform>révélé par %n récit</numerusform>
            <numerusform>révélé par %n récits</numerusform>
        </translation>
    </message>
    <message>
        <source>Arrow keys move along relations to the neighbour in that direction, Enter opens the entity, R lists its relations.</source>
        <translation>Les flèches suivent les relations vers le voisin dans cette direction, Entrée ouvre l’élément, R liste ses relations.</translation>
    </message>
    <message>
        <source>Graph tools</source>
        <translation>Outils du graphe</translation>
    </message>
    <message>
        <source>Graph status</source>
        <translation>État du graphe</translation>
    </message>
    <message>
        <source>Graph panels</source>
        <translation>Panneaux du graphe</translation>
    </message>
    <message>
        <source>Details of the selected entity</source>
        <translation>Détails de l’élément sélectionné</translation>
    </message>
    <message>
        <source>&amp;Relations of this entity:</source>
        <translation>&amp;Relations de cet élément&#xa0;:</translation>
    </message>
    <message>
        <source>Graph panels and legend</source>
        <translation>Panneaux et légende du graphe</translation>
    </message>
    <message>
        <source>Story Map</source>
        <translation>Carte des récits</translation>
    </message>
    <message>
        <source>Characters, values, stories, pain points, goals and shiny futures in columns</source>
        <translation>Personnages, valeurs, récits, points de friction, objectifs et avenirs radieux en colonnes</translation>
    </message>
    <message>
        <source>Free Graph</source>
        <translation>Graphe libre</translation>
    </message>
    <message>
        <source>Every entity and relation, placed freely</source>
        <translation>Tous les éléments et relations, placés librement</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matrice</translation>
    </message>
    <message>
        <source>Which pain points hit which characters, which goals answer which pain points</source>
        <translation>Quels points de friction touchent quels personnages, quels objectifs répondent à quels points de friction</translation>
    </message>
    <message>
        <source>How many relations away the selection&apos;s focus reaches</source>
        <translation>À combien de relations de distance porte le focus de la sélection</translation>
    </message>
    <message>
        <source>Depth %1</source>
        <translation>Profondeur %1</translation>
    </message>
    <message>
        <source>Which way the focus reaches along character → story → pain point → goal → shiny future; Ctrl+click a second entity to see how the two connect</source>
        <translation>Dans quel sens le focus porte le long de personnage → récit → point de friction → objectif → avenir radieux&#xa0;; Ctrl+clic sur un deuxième élément montre comment les deux sont liés</translation>
    </message>
    <message>
        <source>Both ways</source>
        <translation>Dans les deux sens</translation>
    </message>
    <message>
        <source>Downstream</source>
        <translation>En aval</translation>
    </message>
    <message>
        <source>Upstream</source>
        <translation>En amont</translation>
    </message>
    <message>
        <source>How “%1” and “%2” connect</source>
        <translation>Comment «&#xa0;%1&#xa0;» et «&#xa0;%2&#xa0;» sont liés</translation>
    </message>
    <message>
        <source>&lt;p&gt;No chain of relations links them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucune chaîne de relations ne les relie.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n shortest path(s):</source>
        <translation>
            <numerusform>%n plus court chemin&#xa0;:</numerusform>
            <numerusform>%n plus courts chemins&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n boxes</source>
        <translation>
            <numerusform>%n boîte</numerusform>
            <numerusform>%n boîtes</numerusform>
        </translation>
    </message>
    <message>
        <source>Arrow keys move along relations and up and down the column, Enter opens the entity or unfolds the group, R lists its relations.</source>
        <translation>Les flèches suivent les relations et montent ou descendent dans la colonne, Entrée ouvre l’élément ou déplie le groupe, R liste ses relations.</translation>
    </message>
    <message>
        <source>Save View…</source>
        <translation>Enregistrer la vue…</translation>
    </message>
    <message>
        <source>Save what is shown (mode, filters, focus, groups, positions, zoom) as views/NAME.yml in the project</source>
        <translation>Enregistrer ce qui est affiché (mode, filtres, focus, groupes, positions, zoom) dans views/NOM.yml du projet</translation>
    </message>
    <message>
        <source>Open View</source>
        <translation>Ouvrir une vue</translation>
    </message>
    <message>
        <source>Show one of the project&apos;s saved views</source>
        <translation>Afficher une des vues enregistrées du projet</translation>
    </message>
    <message>
        <source>Export what the current mode shows as SVG, PNG, PDF or DOT</source>
        <translation>Exporter ce que montre le mode actuel en SVG, PNG, PDF ou DOT</translation>
    </message>
    <message>
        <source>Nothing to save: no project is open.</source>
        <translation>Rien à enregistrer : aucun projet n’est ouvert.</translation>
    </message>
    <message>
        <source>“%1” cannot be a file name: use letters, digits, spaces, - and _.</source>
        <translation>« %1 » ne peut pas être un nom de fichier : utilisez des lettres, des chiffres, des espaces, - et _.</translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>Enregistrer la vue</translation>
    </message>
    <message>
        <source>Name of the view (saved as views/NAME.yml in the project):</source>
        <translation>Nom de la vue (enregistrée dans views/NOM.yml du projet) :</translation>
    </message>
    <message>
        <source>No saved views</source>
        <translation>Aucune vue enregistrée</translation>
    </message>
</context>
<context>
    <name>storyloom::HelpMenu</name>
    <message>
        <source>Switch Application &amp;Language</source>
        <translation>Changer la &amp;langue de l’application</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The new language takes effect after Storyloom is restarted.</source>
        <translation>La nouvelle langue s’appliquera au prochain démarrage de Storyloom.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Storyloom</source>
        <translation>À &amp;propos de Storyloom</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>storyloom::HistoryDialog</name>
    <message>
        <source>&amp;Restore This Version</source>
        <translation>&amp;Restaurer cette version</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Historique de %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Text at This Version</source>
        <translation>Texte dans cette version</translation>
    </message>
    <message>
        <source>This file has no committed history yet: it is committed at the next sync.</source>
        <translation>Ce fichier n’a pas encore d’historique validé&#xa0;: il sera validé à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Rendered Changes</source>
        <translation>Modifications en aperçu</translation>
    </message>
    <message>
        <source>The version before it (first parent)</source>
        <translation>La version précédente (premier parent)</translation>
    </message>
    <message>
        <source>The other side of the merge (second parent)</source>
        <translation>L’autre côté de la fusion (second parent)</translation>
    </message>
    <message>
        <source>Both sides: only what the merge itself changed</source>
        <translation>Les deux côtés&#xa0;: seulement ce que la fusion elle-même a changé</translation>
    </message>
    <message>
        <source>A merge joins two versions: choose which one its changes are shown against.</source>
        <translation>Une fusion réunit deux versions&#xa0;: choisissez celle à laquelle ses modifications sont comparées.</translation>
    </message>
    <message>
        <source>&amp;Compare with:</source>
        <translation>&amp;Comparer avec&#xa0;:</translation>
    </message>
    <message>
        <source>Merge %1 of %2</source>
        <translation>Fusion %1 de %2</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Rendered changes</source>
        <translation>Modifications rendues</translation>
    </message>
    <message>
        <source>Text at this version</source>
        <translation>Texte dans cette version</translation>
    </message>
    <message>
        <source>Views of the version</source>
        <translation>Vues de la version</translation>
    </message>
</context>
<context>
    <name>storyloom::HistoryPanel</name>
    <message>
        <source>Back to Now</source>
        <translation>Revenir à maintenant</translation>
    </message>
    <message>
        <source>Back to now</source>
        <translation>Revenir à maintenant</translation>
    </message>
    <message>
        <source>Compare With…</source>
        <translation>Comparer avec…</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Comparer avec</translation>
    </message>
    <message>
        <source>Mark what changed since a tag, a date or the last sync</source>
        <translation>Marquer ce qui a changé depuis une étiquette, une date ou la dernière synchronisation</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <source>Chart of the vision over time</source>
        <translation>Graphique de la vision au fil du temps</translation>
    </message>
    <message>
        <source>Show how the vision grew: entities, pain points and goals over time</source>
        <translation>Montrer comment la vision a grandi&#xa0;: entités, points de friction et objectifs au fil du temps</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Historique&#xa0;:</translation>
    </message>
    <message>
        <source>Changes since the revision compared with</source>
        <translation>Changements depuis la révision comparée</translation>
    </message>
    <message>
        <source>No history: the project folder has no commits yet.</source>
        <translation>Pas d’historique&#xa0;: le dossier du projet n’a pas encore de commit.</translation>
    </message>
    <message>
        <source>Viewing %1 — %2 — read-only</source>
        <translation>Affichage de %1 — %2 — lecture seule</translation>
    </message>
    <message>
        <source>(compared with %1)</source>
        <translation>(comparé avec %1)</translation>
    </message>
    <message>
        <source>Comparing today&apos;s vision with %1 — read-only</source>
        <translation>Comparaison de la vision actuelle avec %1 — lecture seule</translation>
    </message>
    <message>
        <source>Added: %1 “%2”</source>
        <translation>Ajouté&#xa0;: %1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Removed: %1 “%2”</source>
        <translation>Supprimé&#xa0;: %1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Renamed: %1 → %2</source>
        <translation>Renommé&#xa0;: %1 → %2</translation>
    </message>
    <message>
        <source>Changed: %1 (%2)</source>
        <translation>Modifié&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Relation added: %1 %2 %3</source>
        <translation>Relation ajoutée&#xa0;: %1 %2 %3</translation>
    </message>
    <message>
        <source>Relation removed: %1 %2 %3</source>
        <translation>Relation supprimée&#xa0;: %1 %2 %3</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Aucun changement.</translation>
    </message>
    <message>
        <source>The Last Tag (none yet)</source>
        <translation>La dernière étiquette (aucune pour l’instant)</translation>
    </message>
    <message>
        <source>The Last Tag (%1)</source>
        <translation>La dernière étiquette (%1)</translation>
    </message>
    <message>
        <source>A Date…</source>
        <translation>Une date…</translation>
    </message>
    <message>
        <source>The Last Sync</source>
        <translation>La dernière synchronisation</translation>
    </message>
    <message>
        <source>the last sync (%1)</source>
        <translation>la dernière synchronisation (%1)</translation>
    </message>
    <message>
        <source>The Last Sync (not synced yet)</source>
        <translation>La dernière synchronisation (pas encore synchronisé)</translation>
    </message>
    <message>
        <source>Stop Comparing</source>
        <translation>Arrêter la comparaison</translation>
    </message>
    <message>
        <source>Compare With a Date</source>
        <translation>Comparer avec une date</translation>
    </message>
    <message>
        <source>Compare with the vision as it was on (YYYY-MM-DD):</source>
        <translation>Comparer avec la vision telle qu’elle était le (AAAA-MM-JJ)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>storyloom::HistoryStatus</name>
    <message>
        <source>Reading the history</source>
        <translation>Lecture de l’historique</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop reading the history</source>
        <translation>Arrêter la lecture de l’historique</translation>
    </message>
</context>
<context>
    <name>storyloom::HistoryTimeline</name>
    <message>
        <source>This is a shallow clone: its history stops at %1.</source>
        <translation>Ceci est un clone superficiel&#xa0;: son historique s’arrête à %1.</translation>
    </message>
</context>
<context>
    <name>storyloom::MainWindow</name>
    <message>
        <source>Graph</source>
        <translation>Graphe</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Feuille de route</translation>
    </message>
    <message>
        <source>Reading %v of %m files</source>
        <translation>Lecture de %v fichiers sur %m</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Chargement de %1…</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Ouvrir un projet…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Projets &amp;récents</translation>
    </message>
    <message>
        <source>Re&amp;load Project</source>
        <translation>Re&amp;charger le projet</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Graph</source>
        <translation>&amp;Graphe</translation>
    </message>
    <message>
        <source>&amp;Roadmap</source>
        <translation>&amp;Feuille de route</translation>
    </message>
    <message>
        <source>Project &amp;Tree</source>
        <translation>&amp;Arborescence du projet</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message numerus="yes">
        <source>%n entities</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relations</source>
        <translation>
            <numerusform>%n relation</numerusform>
            <numerusform>%n relations</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Aucun problème</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>Loaded %1</source>
        <translation>%1 chargé</translation>
    </message>
    <message>
        <source>E&amp;xport Roadmap…</source>
        <translation>Exporter la &amp;feuille de route…</translation>
    </message>
    <message>
        <source>Building the graph…</source>
        <translation>Construction du graphe…</translation>
    </message>
    <message>
        <source>Writing the search index…</source>
        <translation>Écriture de l’index de recherche…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>Project size</source>
        <translation>Taille du projet</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Loading the project</source>
        <translation>Chargement du projet</translation>
    </message>
    <message>
        <source>The project&apos;s entities by type; Enter opens one.</source>
        <translation>Les éléments du projet par type&#xa0;; Entrée en ouvre un.</translation>
    </message>
    <message numerus="yes">
        <source>%n new error(s) in this page</source>
        <translation>
            <numerusform>%n nouvelle erreur dans cette page</numerusform>
            <numerusform>%n nouvelles erreurs dans cette page</numerusform>
        </translation>
    </message>
    <message>
        <source>Open View</source>
        <translation>Ouvrir une vue</translation>
    </message>
    <message>
        <source>%1: Edit › Undo in the project tree takes it back</source>
        <translation>%1 : Édition › Annuler dans l’arborescence du projet le défait</translation>
    </message>
    <message>
        <source>Show the Problems panel</source>
        <translation>Afficher le panneau Problèmes</translation>
    </message>
    <message>
        <source>Pro&amp;blems</source>
        <translation>Pro&amp;blèmes</translation>
    </message>
    <message>
        <source>%1 is no page of the project</source>
        <translation>%1 n’est pas une page du projet</translation>
    </message>
</context>
<context>
    <name>storyloom::MarkdownEditor</name>
    <message>
        <source>No suggestions</source>
        <translation>Aucune suggestion</translation>
    </message>
    <message>
        <source>Add to Dictionary</source>
        <translation>Ajouter au dictionnaire</translation>
    </message>
    <message>
        <source>Adds the word to the project&apos;s word list, storyloom-words.txt</source>
        <translation>Ajoute le mot à la liste de mots du projet, storyloom-words.txt</translation>
    </message>
    <message>
        <source>Add to Personal Dictionary</source>
        <translation>Ajouter au dictionnaire personnel</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Check Spelling</source>
        <translation>Vérifier l’orthographe</translation>
    </message>
    <message>
        <source>Spelling Language</source>
        <translation>Langue de l’orthographe</translation>
    </message>
    <message>
        <source>No dictionaries installed</source>
        <translation>Aucun dictionnaire installé</translation>
    </message>
</context>
<context>
    <name>storyloom::MarkdownRenderer</name>
    <message>
        <source>remote image not loaded</source>
        <translation>image distante non chargée</translation>
    </message>
    <message>
        <source>image outside the project not loaded</source>
        <translation>image hors du projet non chargée</translation>
    </message>
    <message numerus="yes">
        <source>This page has an unresolved sync conflict (%n change(s))</source>
        <translation>
            <numerusform>Cette page a un conflit de synchronisation non résolu (%n modification)</numerusform>
            <numerusform>Cette page a un conflit de synchronisation non résolu (%n modifications)</numerusform>
        </translation>
    </message>
    <message>
        <source>Your version and the other one are both in the text, between conflict markers, from line %1 to line %2. Choose Resolve… above the editor to pick a version for each change; the preview comes back once the file is resolved.</source>
        <translation>Votre version et l’autre sont toutes deux dans le texte, entre des marqueurs de conflit, de la ligne %1 à la ligne %2. Choisissez «&#xa0;Résoudre…&#xa0;» au-dessus de l’éditeur pour prendre une version pour chaque modification&#xa0;; l’aperçu revient une fois le fichier résolu.</translation>
    </message>
</context>
<context>
    <name>storyloom::MermaidWriter</name>
    <message>
        <source>%1 (part %2 of %3)</source>
        <translation>%1 (partie %2 sur %3)</translation>
    </message>
    <message>
        <source>Split into %1 diagrams to stay within Mermaid&apos;s limits (maxTextSize %2 characters, maxEdges %3).</source>
        <translation>Divisé en %1 diagrammes pour rester dans les limites de Mermaid (maxTextSize %2 caractères, maxEdges %3).</translation>
    </message>
</context>
<context>
    <name>storyloom::MovePageDialog</name>
    <message>
        <source>Move %1</source>
        <translation>Déplacer %1</translation>
    </message>
    <message>
        <source>Move &lt;b&gt;%1&lt;/b&gt; to the folder:</source>
        <translation>Déplacer &lt;b&gt;%1&lt;/b&gt; dans le dossier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Déplacer</translation>
    </message>
    <message>
        <source>The page is in this folder already.</source>
        <translation>La page est déjà dans ce dossier.</translation>
    </message>
    <message>
        <source>%1 exists already: choose another folder.</source>
        <translation>%1 existe déjà&#xa0;: choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>New place: %1</source>
        <translation>Nouvel emplacement&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>The links of %n page(s) to it are rewritten, and its own links too.</source>
        <translation>
            <numerusform>Les liens de %n page vers elle sont réécrits, ainsi que ses propres liens.</numerusform>
            <numerusform>Les liens de %n pages vers elle sont réécrits, ainsi que ses propres liens.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its own links are rewritten to reach the same pages.</source>
        <translation>Ses propres liens sont réécrits pour atteindre les mêmes pages.</translation>
    </message>
    <message>
        <source>Its chapter in SUMMARY.md moves along.</source>
        <translation>Son chapitre dans SUMMARY.md la suit.</translation>
    </message>
    <message>
        <source>Edit › Undo in the project tree takes it all back.</source>
        <translation>Édition › Annuler dans l’arborescence du projet annule le tout.</translation>
    </message>
    <message>
        <source>Destination folder</source>
        <translation>Dossier de destination</translation>
    </message>
</context>
<context>
    <name>storyloom::OutlineView</name>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Ligne %1</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>The headings of the page; Enter goes to the heading in the editor.</source>
        <translation>Les titres de la page&#xa0;; Entrée va au titre dans l’éditeur.</translation>
    </message>
</context>
<context>
    <name>storyloom::PagePlanner</name>
    <message>
        <source>a new page needs a title</source>
        <translation>une nouvelle page a besoin d’un titre</translation>
    </message>
    <message>
        <source>refusing to write outside the project: %1</source>
        <translation>écriture hors du projet refusée&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 existe déjà</translation>
    </message>
</context>
<context>
    <name>storyloom::ProblemsPanel</name>
    <message>
        <source>This page only</source>
        <translation>Cette page seulement</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Filter problems</source>
        <translation>Filtrer les problèmes</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Enter or a click goes to the problem; the context menu offers quick fixes.</source>
        <translation>Entrée ou un clic mène au problème ; le menu contextuel propose des corrections rapides.</translation>
    </message>
    <message>
        <source>Go to Problem</source>
        <translation>Aller au problème</translation>
    </message>
    <message>
        <source>Quick Fix…</source>
        <translation>Correction rapide…</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
</context>
<context>
    <name>storyloom::Project</name>
    <message>
        <source>The index could not be updated: %1</source>
        <translation>L’index n’a pas pu être mis à jour&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>storyloom::ProjectAssistant</name>
    <message>
        <source>&amp;Describe This Project…</source>
        <translation>&amp;Décrire ce projet…</translation>
    </message>
    <message>
        <source>Describe This Project…</source>
        <translation>Décrire ce projet…</translation>
    </message>
    <message>
        <source>Few pages of this project have a type: say what its folders hold.</source>
        <translation>Peu de pages de ce projet ont un type&#xa0;: dites ce que contiennent ses dossiers.</translation>
    </message>
    <message>
        <source>Describe This Project</source>
        <translation>Décrire ce projet</translation>
    </message>
    <message>
        <source>storyloom.yml could not be read: %1</source>
        <translation>storyloom.yml n’a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>storyloom.yml writes its rules on one line (rules: [...]): nothing was written. `storyloom-cli classify` prints the rules to add by hand.</source>
        <translation>storyloom.yml écrit ses règles sur une ligne (rules: [...])&#xa0;: rien n’a été écrit. `storyloom-cli classify` affiche les règles à ajouter à la main.</translation>
    </message>
    <message>
        <source>storyloom.yml could not be written: %1</source>
        <translation>storyloom.yml n’a pas pu être écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rules written to %1</source>
        <translation>Règles écrites dans %1</translation>
    </message>
</context>
<context>
    <name>storyloom::ProjectClassifier</name>
    <message>
        <source>no guess</source>
        <translation>aucune supposition</translation>
    </message>
    <message>
        <source>typed already</source>
        <translation>déjà typées</translation>
    </message>
    <message>
        <source>metadata tables</source>
        <translation>tableaux de métadonnées</translation>
    </message>
    <message>
        <source>first headings</source>
        <translation>premiers titres</translation>
    </message>
    <message>
        <source>the folder&apos;s name</source>
        <translation>le nom du dossier</translation>
    </message>
    <message>
        <source>links to characters</source>
        <translation>liens vers des personnages</translation>
    </message>
    <message>
        <source>Rules guessed by storyloom-cli classify: check each, then keep those you agree with in storyloom.yml.</source>
        <translation>Règles supposées par storyloom-cli classify&#xa0;: vérifiez-les, puis gardez celles qui conviennent dans storyloom.yml.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s), %2 typed, no guess; e.g. %3</source>
        <translation>
            <numerusform>%1&#xa0;: %n page, %2 typées, aucune supposition&#xa0;; p. ex. %3</numerusform>
            <numerusform>%1&#xa0;: %n pages, %2 typées, aucune supposition&#xa0;; p. ex. %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s), %2 typed, guessed from %3; e.g. %4</source>
        <translation>
            <numerusform>%1&#xa0;: %n page, %2 typées, supposé d’après %3&#xa0;; p. ex. %4</numerusform>
            <numerusform>%1&#xa0;: %n pages, %2 typées, supposé d’après %3&#xa0;; p. ex. %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storyloom::ProjectEdit</name>
    <message>
        <source>nothing to change</source>
        <translation>rien à changer</translation>
    </message>
    <message>
        <source>%1 changed on disk since “%2” was planned; nothing was changed</source>
        <translation>%1 a été modifié sur le disque depuis que «&#xa0;%2&#xa0;» a été préparé&#xa0;; rien n’a été modifié</translation>
    </message>
    <message>
        <source>%1 changed on disk since “%2”; nothing was undone</source>
        <translation>%1 a été modifié sur le disque depuis «&#xa0;%2&#xa0;»&#xa0;; rien n’a été annulé</translation>
    </message>
    <message>
        <source>%1 already exists; nothing was changed</source>
        <translation>%1 existe déjà&#xa0;; rien n’a été modifié</translation>
    </message>
    <message>
        <source>%1 was created since “%2”; nothing was undone</source>
        <translation>%1 a été créé depuis «&#xa0;%2&#xa0;»&#xa0;; rien n’a été annulé</translation>
    </message>
    <message>
        <source>unknown change</source>
        <translation>modification inconnue</translation>
    </message>
</context>
<context>
    <name>storyloom::ProjectHistory</name>
    <message>
        <source>an open page could not be saved; nothing was changed</source>
        <translation>une page ouverte n’a pas pu être enregistrée&#xa0;; rien n’a été modifié</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Annuler&#xa0;: %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Rétablir&#xa0;: %1</translation>
    </message>
    <message>
        <source>An open page could not be saved; nothing was changed.</source>
        <translation>Une page ouverte n’a pas pu être enregistrée&#xa0;; rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>storyloom::ProjectTreeActions</name>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>Move to &amp;Trash…</source>
        <translation>Mettre à la &amp;corbeille…</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>Renommer %1</translation>
    </message>
    <message>
        <source>New title:</source>
        <translation>Nouveau titre&#xa0;:</translation>
    </message>
    <message>
        <source>Renamed to %1</source>
        <translation>Renommé en %1</translation>
    </message>
    <message>
        <source>Move %1 to the trash?</source>
        <translation>Mettre %1 à la corbeille&#xa0;?</translation>
    </message>
    <message>
        <source>Its entry in SUMMARY.md is removed.</source>
        <translation>Son entrée dans SUMMARY.md est supprimée.</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>Mettre à la corbeille</translation>
    </message>
    <message>
        <source>Moved %1 to the trash</source>
        <translation>%1 mis à la corbeille</translation>
    </message>
    <message>
        <source>&amp;Move to…</source>
        <translation>&amp;Déplacer vers…</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Déplacer %1</translation>
    </message>
    <message>
        <source>Moved to %1</source>
        <translation>Déplacé vers %1</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) link to it:</source>
        <translation>
            <numerusform>%n page y renvoie&#xa0;:</numerusform>
            <numerusform>%n pages y renvoient&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove those links (their text stays), or keep them (the check reports them as broken)?</source>
        <translation>Supprimer ces liens (leur texte reste) ou les garder (la vérification les signale comme cassés)&#xa0;?</translation>
    </message>
    <message>
        <source>Edit › Undo in the project tree brings back the page and every file this changes.</source>
        <translation>Édition › Annuler dans l’arborescence du projet restaure la page et chaque fichier modifié ici.</translation>
    </message>
    <message>
        <source>Trash and &amp;Remove Links</source>
        <translation>À la corbeille, &amp;supprimer les liens</translation>
    </message>
    <message>
        <source>Trash and &amp;Keep Links</source>
        <translation>À la corbeille, &amp;garder les liens</translation>
    </message>
</context>
<context>
    <name>storyloom::ProjectTreeModel</name>
    <message>
        <source>Views (%1)</source>
        <translation>Vues (%1)</translation>
    </message>
    <message>
        <source>Saved view: %1</source>
        <translation>Vue enregistrée : %1</translation>
    </message>
</context>
<context>
    <name>storyloom::PropertiesPanel</name>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Genre&#xa0;:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Characters:</source>
        <translation>Personnages&#xa0;:</translation>
    </message>
    <message>
        <source>Values:</source>
        <translation>Valeurs&#xa0;:</translation>
    </message>
    <message>
        <source>Pain points:</source>
        <translation>Points de friction&#xa0;:</translation>
    </message>
    <message>
        <source>Goals:</source>
        <translation>Objectifs&#xa0;:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation>Avancement&#xa0;:</translation>
    </message>
    <message>
        <source>Owners:</source>
        <translation>Responsables&#xa0;:</translation>
    </message>
    <message>
        <source>Parent goal:</source>
        <translation>Objectif parent&#xa0;:</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>séparés par des virgules</translation>
    </message>
</context>
<context>
    <name>storyloom::QuickFixes</name>
    <message>
        <source>Rename &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>Renommer « %1 » en « %2 »</translation>
    </message>
    <message>
        <source>Rename id &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>Renommer l’identifiant « %1 » en « %2 »</translation>
    </message>
    <message>
        <source>Change &apos;%1&apos; to &apos;%2&apos; (%3)</source>
        <translation>Remplacer « %1 » par « %2 » (%3)</translation>
    </message>
    <message>
        <source>Link to &apos;%1&apos; (%2)</source>
        <translation>Lier à « %1 » (%2)</translation>
    </message>
    <message>
        <source>Create page &apos;%1&apos; (%2)</source>
        <translation>Créer la page « %1 » (%2)</translation>
    </message>
</context>
<context>
    <name>storyloom::QuickOpenDialog</name>
    <message>
        <source>Quick Open</source>
        <translation>Ouverture rapide</translation>
    </message>
    <message>
        <source>Go to a character, story, goal… (letters of its title or id)</source>
        <translation>Aller à un personnage, un récit, un objectif… (lettres de son titre ou de son identifiant)</translation>
    </message>
    <message>
        <source>Title or id to go to</source>
        <translation>Titre ou identifiant où aller</translation>
    </message>
    <message>
        <source>Matching entities</source>
        <translation>Éléments correspondants</translation>
    </message>
</context>
<context>
    <name>storyloom::RecoveryDialog</name>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>Récupérer les modifications non enregistrées</translation>
    </message>
    <message>
        <source>Storyloom did not close properly. These files had changes that were not saved. The difference to the file on disk is shown (− on disk, + unsaved).</source>
        <translation>Storyloom ne s’est pas fermé correctement. Ces fichiers avaient des modifications non enregistrées. La différence avec le fichier sur le disque est affichée (− sur le disque, + non enregistré).</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Decide Later</source>
        <translation>Décider plus tard</translation>
    </message>
    <message>
        <source>(The file is gone from disk; restoring brings it back.)

</source>
        <translation>(Le fichier a disparu du disque&#xa0;; le restaurer le recrée.)

</translation>
    </message>
    <message>
        <source>(Same as the file on disk.)</source>
        <translation>(Identique au fichier sur le disque.)</translation>
    </message>
    <message>
        <source>Files with unsaved changes</source>
        <translation>Fichiers avec des modifications non enregistrées</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Lines starting with − are on disk, lines starting with + are unsaved.</source>
        <translation>Les lignes commençant par − sont sur le disque, celles commençant par + ne sont pas enregistrées.</translation>
    </message>
</context>
<context>
    <name>storyloom::RelationDecisions</name>
    <message>
        <source>no entity &apos;%1&apos;</source>
        <translation>aucun élément &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 line %2 already decides this relation; edit it there</source>
        <translation>%1, ligne %2, tranche déjà cette relation ; modifiez-la là</translation>
    </message>
    <message>
        <source>%1 writes relations: on one line; write it as a list to add to it</source>
        <translation>%1 écrit relations: sur une seule ligne ; écrivez-la en liste pour y ajouter</translation>
    </message>
</context>
<context>
    <name>storyloom::RemoteDialog</name>
    <message>
        <source>Remote Repository</source>
        <translation>Dépôt distant</translation>
    </message>
    <message>
        <source>https://example.org/team/vision.git</source>
        <translation>https://example.org/team/vision.git</translation>
    </message>
    <message>
        <source>Where syncs push your changes and fetch those of others. This project has no remote yet.</source>
        <translation>Là où les synchronisations envoient vos modifications et récupèrent celles des autres. Ce projet n’a pas encore de dépôt distant.</translation>
    </message>
    <message>
        <source>Where syncs push your changes and fetch those of others.</source>
        <translation>Là où les synchronisations envoient vos modifications et récupèrent celles des autres.</translation>
    </message>
    <message>
        <source>A password or token typed into the address (https://name:token@…) is handed to Git&apos;s credential helper and not kept in the address.</source>
        <translation>Un mot de passe ou un jeton saisi dans l’adresse (https://nom:jeton@…) est confié au gestionnaire d’identifiants de Git et n’est pas conservé dans l’adresse.</translation>
    </message>
    <message>
        <source>Remote &amp;URL:</source>
        <translation>&amp;URL du dépôt distant&#xa0;:</translation>
    </message>
    <message>
        <source>Check and &amp;Save</source>
        <translation>Vérifier et &amp;enregistrer</translation>
    </message>
    <message>
        <source>Give the address of the remote repository.</source>
        <translation>Indiquez l’adresse du dépôt distant.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <source>Remote status</source>
        <translation>État du dépôt distant</translation>
    </message>
    <message>
        <source>Checking the remote</source>
        <translation>Vérification du dépôt distant</translation>
    </message>
</context>
<context>
    <name>storyloom::RemoteSetup</name>
    <message>
        <source>&quot;%1&quot; is no repository address. Give one such as https://example.org/team/vision.git or git@example.org:team/vision.git.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse de dépôt. Indiquez-en une comme https://example.org/team/vision.git ou git@example.org:team/vision.git.</translation>
    </message>
    <message>
        <source>A password or token in the address works only with https:// addresses. Remove it from %1; Git will ask for it when it needs it.</source>
        <translation>Un mot de passe ou un jeton dans l’adresse ne fonctionne qu’avec les adresses https://. Retirez-le de %1&#xa0;; Git le demandera quand il en aura besoin.</translation>
    </message>
    <message>
        <source>Git&apos;s credential helper did not take the password; the remote was not changed.</source>
        <translation>Le gestionnaire d’identifiants de Git n’a pas accepté le mot de passe&#xa0;; le dépôt distant n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Git has no credential helper to keep the password or token, so it was not saved: Git will ask for it when it needs it.</source>
        <translation>Git n’a pas de gestionnaire d’identifiants pour conserver le mot de passe ou le jeton, il n’a donc pas été enregistré&#xa0;: Git le demandera quand il en aura besoin.</translation>
    </message>
    <message>
        <source>The repository at %1 refused the credentials. Check the user name and the password or token; the remote was not changed.</source>
        <translation>Le dépôt à l’adresse %1 a refusé les identifiants. Vérifiez le nom d’utilisateur et le mot de passe ou le jeton&#xa0;; le dépôt distant n’a pas été modifié.</translation>
    </message>
    <message>
        <source>No Git repository could be reached at %1. Check the address and that you are online; the remote was not changed.</source>
        <translation>Aucun dépôt Git n’a pu être joint à l’adresse %1. Vérifiez l’adresse et que vous êtes en ligne&#xa0;; le dépôt distant n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Git could not read a repository at %1; the remote was not changed.</source>
        <translation>Git n’a pas pu lire de dépôt à l’adresse %1&#xa0;; le dépôt distant n’a pas été modifié.</translation>
    </message>
</context>
<context>
    <name>storyloom::RevisionLoader</name>
    <message>
        <source>cannot read the file: its object is missing from the repository (a partial clone?)</source>
        <translation>impossible de lire le fichier&#xa0;: son objet manque dans le dépôt (un clone partiel&#xa0;?)</translation>
    </message>
</context>
<context>
    <name>storyloom::RoadmapDelegate</name>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Progress in percent</source>
        <translation>Avancement en pour cent</translation>
    </message>
</context>
<context>
    <name>storyloom::RoadmapEditor</name>
    <message>
        <source>%1 is not a goal</source>
        <translation>%1 n’est pas un objectif</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>impossible de lire %1</translation>
    </message>
    <message>
        <source>%1 has no file of its own to hold front matter</source>
        <translation>%1 n’a pas de fichier propre pour porter un en-tête YAML</translation>
    </message>
    <message>
        <source>%1 has no roadmap attributes to edit (no overview-table row, no front matter)</source>
        <translation>%1 n’a pas d’attributs de feuille de route à modifier (ni ligne de tableau récapitulatif, ni en-tête YAML)</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Regenerate overview table</source>
        <translation>Régénérer le tableau récapitulatif</translation>
    </message>
    <message>
        <source>the row is not in the file any more</source>
        <translation>la ligne n’est plus dans le fichier</translation>
    </message>
    <message>
        <source>the new parent is not a goal of the same overview table</source>
        <translation>le nouveau parent n’est pas un objectif du même tableau récapitulatif</translation>
    </message>
</context>
<context>
    <name>storyloom::RoadmapExportDialog</name>
    <message>
        <source>Export Roadmap</source>
        <translation>Exporter la feuille de route</translation>
    </message>
    <message>
        <source>States:</source>
        <translation>États&#xa0;:</translation>
    </message>
    <message>
        <source>Pain points each goal addresses</source>
        <translation>Points de friction que traite chaque objectif</translation>
    </message>
    <message>
        <source>Shiny-future stories each goal realises</source>
        <translation>Récits d’avenir radieux que réalise chaque objectif</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>%1 roadmap</source>
        <translation>Feuille de route %1</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Left to right</source>
        <translation>De gauche à droite</translation>
    </message>
    <message>
        <source>Top down</source>
        <translation>De haut en bas</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Direction&#xa0;:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Choose the file to export to.</source>
        <translation>Choisissez le fichier vers lequel exporter.</translation>
    </message>
    <message>
        <source>Preview of the roadmap diagram</source>
        <translation>Aperçu du diagramme de la feuille de route</translation>
    </message>
</context>
<context>
    <name>storyloom::RoadmapModel</name>
    <message>
        <source>Deliverable</source>
        <translation>Livrable</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Responsables</translation>
    </message>
    <message>
        <source>Pain points addressed</source>
        <translation>Points de friction traités</translation>
    </message>
    <message>
        <source>Stories realised</source>
        <translation>Récits réalisés</translation>
    </message>
    <message>
        <source>No state</source>
        <translation>Pas d’état</translation>
    </message>
    <message>
        <source>%1 percent</source>
        <translation>%1 pour cent</translation>
    </message>
    <message>
        <source>No progress</source>
        <translation>Pas d’avancement</translation>
    </message>
</context>
<context>
    <name>storyloom::RoadmapView</name>
    <message>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Show only goals in this state</source>
        <translation>N’afficher que les objectifs dans cet état</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Tous les responsables</translation>
    </message>
    <message>
        <source>Show only goals with this owner</source>
        <translation>N’afficher que les objectifs de ce responsable</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source> Owner:</source>
        <translation> Responsable&#xa0;:</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Regenerate Overview Table…</source>
        <translation>Régénérer le tableau récapitulatif…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
    <message>
        <source>Move Under</source>
        <translation>Déplacer sous</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(premier niveau)</translation>
    </message>
    <message>
        <source>Regenerate Overview Table</source>
        <translation>Régénérer le tableau récapitulatif</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Choose a page inside the project.</source>
        <translation>Choisissez une page à l’intérieur du projet.</translation>
    </message>
    <message>
        <source>Wrote the overview table to %1 (between the storyloom:roadmap-table markers).</source>
        <translation>Tableau récapitulatif écrit dans %1 (entre les marqueurs storyloom:roadmap-table).</translation>
    </message>
    <message>
        <source>Roadmap tools</source>
        <translation>Outils de la feuille de route</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Feuille de route</translation>
    </message>
    <message>
        <source>Goals and their initiatives; F2 edits a state, progress or owners cell, Enter on a title opens it.</source>
        <translation>Les objectifs et leurs initiatives&#xa0;; F2 modifie une cellule d’état, d’avancement ou de responsables, Entrée sur un titre l’ouvre.</translation>
    </message>
    <message>
        <source>Roadmap message</source>
        <translation>Message de la feuille de route</translation>
    </message>
</context>
<context>
    <name>storyloom::SavedViews</name>
    <message>
        <source>&apos;%1&apos; wants a single value</source>
        <translation>«&#xa0;%1&#xa0;» attend une seule valeur</translation>
    </message>
    <message>
        <source>&apos;%1&apos; wants a list</source>
        <translation>« %1 » attend une liste</translation>
    </message>
    <message>
        <source>&apos;%1&apos; wants a number</source>
        <translation>« %1 » attend un nombre</translation>
    </message>
    <message>
        <source>a view is a mapping of keys (mode:, filter:, ...)</source>
        <translation>une vue est une table de clés (mode:, filter:, ...)</translation>
    </message>
    <message>
        <source>unknown mode &apos;%1&apos; (story-map, free-graph, matrix)</source>
        <translation>mode « %1 » inconnu (story-map, free-graph, matrix)</translation>
    </message>
    <message>
        <source>&apos;filter&apos; wants a mapping</source>
        <translation>« filter » attend une table</translation>
    </message>
    <message>
        <source>unknown direction &apos;%1&apos; (both, downstream, upstream)</source>
        <translation>direction « %1 » inconnue (both, downstream, upstream)</translation>
    </message>
    <message>
        <source>&apos;zoom&apos; wants a number above 0</source>
        <translation>« zoom » attend un nombre supérieur à 0</translation>
    </message>
    <message>
        <source>&apos;positions&apos; wants a mapping of id: [x, y]</source>
        <translation>« positions » attend une table id: [x, y]</translation>
    </message>
    <message>
        <source>a position is [x, y]</source>
        <translation>une position s’écrit [x, y]</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; (title, mode, filter, focus, depth, direction, unfolded, pinned, zoom, positions)</source>
        <translation>clé « %1 » inconnue (title, mode, filter, focus, depth, direction, unfolded, pinned, zoom, positions)</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>lecture impossible : %1</translation>
    </message>
    <message>
        <source>too large for a view file</source>
        <translation>trop grand pour un fichier de vue</translation>
    </message>
    <message>
        <source>cannot create the folder of %1</source>
        <translation>impossible de créer le dossier de %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>a tour is a mapping with title: and views:</source>
        <translation>une visite est une table avec title: et views:</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; (title, views)</source>
        <translation>clé « %1 » inconnue (title, views)</translation>
    </message>
    <message>
        <source>a tour lists its views under views:</source>
        <translation>une visite liste ses vues sous views:</translation>
    </message>
</context>
<context>
    <name>storyloom::SearchPanel</name>
    <message>
        <source>Search: words, &quot;phrases&quot;, OR, NOT, prefix*</source>
        <translation>Recherche&#xa0;: mots, &quot;expressions&quot;, OR, NOT, préfixe*</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Tous les genres</translation>
    </message>
    <message>
        <source>No matches.</source>
        <translation>Aucun résultat.</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <source>Search the project</source>
        <translation>Rechercher dans le projet</translation>
    </message>
    <message>
        <source>Entity type</source>
        <translation>Type d’élément</translation>
    </message>
    <message>
        <source>Story kind</source>
        <translation>Type d’histoire</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>État de la recherche</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
</context>
<context>
    <name>storyloom::SearchTools</name>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Backlinks</source>
        <translation>Rétroliens</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Recherche</translation>
    </message>
    <message>
        <source>&amp;Find in Project…</source>
        <translation>&amp;Rechercher dans le projet…</translation>
    </message>
    <message>
        <source>&amp;Quick Open…</source>
        <translation>&amp;Ouverture rapide…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop reading the project (what is shown stays)</source>
        <translation>Arrêter la lecture du projet (ce qui est affiché reste)</translation>
    </message>
    <message>
        <source>Stop reading the project</source>
        <translation>Arrêter la lecture du projet</translation>
    </message>
</context>
<context>
    <name>storyloom::SettingsDialog</name>
    <message>
        <source>Show line numbers</source>
        <translation>Afficher les numéros de ligne</translation>
    </message>
    <message>
        <source>Wrap long lines</source>
        <translation>Renvoyer les longues lignes à la ligne</translation>
    </message>
    <message>
        <source>Save automatically after a pause and when leaving the editor</source>
        <translation>Enregistrer automatiquement après une pause et en quittant l’éditeur</translation>
    </message>
    <message>
        <source>Show the preview beside the editor</source>
        <translation>Afficher l’aperçu à côté de l’éditeur</translation>
    </message>
    <message>
        <source>Keep the preview scrolled with the editor</source>
        <translation>Faire défiler l’aperçu avec l’éditeur</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Couleurs&#xa0;:</translation>
    </message>
    <message>
        <source>Autosave after:</source>
        <translation>Enregistrement automatique après&#xa0;:</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
</context>
<context>
    <name>storyloom::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Filter by action or key…</source>
        <translation>Filtrer par action ou touche…</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separates alternative shortcuts</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>No shortcut: open the menu with Alt and the underlined letters.</source>
        <translation>Pas de raccourci&#xa0;: ouvrez le menu avec Alt et les lettres soulignées.</translation>
    </message>
    <message>
        <source>%1 is claimed by %2</source>
        <translation>%1 est revendiqué par %2</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>These shortcuts are ambiguous and do nothing: %1</source>
        <translation>Ces raccourcis sont ambigus et ne font rien&#xa0;: %1</translation>
    </message>
    <message>
        <source>Filter by action or key</source>
        <translation>Filtrer par action ou touche</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>storyloom::StoryMapKeyModel</name>
    <message numerus="yes">
        <source>Group of %1: %n entity(s), folded; Enter unfolds</source>
        <extracomment>A folded group of the story map for screen readers: the type of its members and how many.</extracomment>
        <translation>
            <numerusform>Groupe de %1&#xa0;: %n élément, replié&#xa0;; Entrée le déplie</numerusform>
            <numerusform>Groupe de %1&#xa0;: %n éléments, replié&#xa0;; Entrée le déplie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Group of %1: %n entity(s), unfolded; Enter folds</source>
        <translation>
            <numerusform>Groupe de %1&#xa0;: %n élément, déplié&#xa0;; Entrée le replie</numerusform>
            <numerusform>Groupe de %1&#xa0;: %n éléments, déplié&#xa0;; Entrée le replie</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storyloom::StoryMapLayout</name>
    <message>
        <source>No character</source>
        <translation>Sans personnage</translation>
    </message>
    <message>
        <source>Not addressed</source>
        <translation>Non traités</translation>
    </message>
    <message>
        <source>Top folder</source>
        <translation>Dossier racine</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
</context>
<context>
    <name>storyloom::SuggestionsPanel</name>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Rejeter</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Passer</translation>
    </message>
    <message>
        <source>A: accept · R: reject · S or Down: skip</source>
        <translation>A : accepter · R : rejeter · S ou Bas : passer</translation>
    </message>
    <message>
        <source>Keep this relation (A)</source>
        <translation>Garder cette relation (A)</translation>
    </message>
    <message>
        <source>Never suggest this relation again (R)</source>
        <translation>Ne plus jamais suggérer cette relation (R)</translation>
    </message>
    <message>
        <source>Decide later (S or Down)</source>
        <translation>Décider plus tard (S ou Bas)</translation>
    </message>
    <message>
        <source>Looking for suggestions…</source>
        <translation>Recherche de suggestions…</translation>
    </message>
    <message>
        <source>No suggestions: every pain point the text ties to a goal is linked or decided.</source>
        <translation>Aucune suggestion : chaque point de friction que le texte rattache à un objectif est relié ou tranché.</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s). A accepts, R rejects, S or Down skips.</source>
        <translation>
            <numerusform>%n suggestion. A accepte, R rejette, S ou Bas passe.</numerusform>
            <numerusform>%n suggestions. A accepte, R rejette, S ou Bas passe.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shared words: %1</source>
        <translation>Mots partagés : %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Accepted: written to %1</source>
        <translation>Acceptée : écrite dans %1</translation>
    </message>
    <message>
        <source>Rejected: written to %1</source>
        <translation>Rejetée : écrite dans %1</translation>
    </message>
    <message>
        <source>Suggested relations</source>
        <translation>Relations suggérées</translation>
    </message>
    <message>
        <source>The page the relation starts from</source>
        <translation>La page d’où part la relation</translation>
    </message>
    <message>
        <source>The page the relation would lead to</source>
        <translation>La page à laquelle la relation mènerait</translation>
    </message>
</context>
<context>
    <name>storyloom::SyncController</name>
    <message>
        <source>Branch, and commits to push (↑) and to merge (↓)</source>
        <translation>Branche, et commits à pousser (↑) et à fusionner (↓)</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synchroniser</translation>
    </message>
    <message>
        <source>Commit your changes, merge what others pushed, and push (Ctrl+Shift+S)</source>
        <translation>Valider vos modifications, fusionner ce que d’autres ont poussé, puis pousser (Ctrl+Maj+S)</translation>
    </message>
    <message>
        <source>Cancel S&amp;ync</source>
        <translation>&amp;Interrompre la synchronisation</translation>
    </message>
    <message>
        <source>Resolve C&amp;onflicts…</source>
        <translation>Résoudre les &amp;conflits…</translation>
    </message>
    <message>
        <source>&amp;History of This Entity…</source>
        <translation>&amp;Historique de cet élément…</translation>
    </message>
    <message>
        <source>Start &amp;Versioning</source>
        <translation>Commencer le &amp;versionnage</translation>
    </message>
    <message>
        <source>Put this folder under version control with Git</source>
        <translation>Placer ce dossier sous contrôle de version avec Git</translation>
    </message>
    <message>
        <source>&amp;Clone…</source>
        <translation>&amp;Cloner…</translation>
    </message>
    <message>
        <source>Git not installed</source>
        <translation>Git non installé</translation>
    </message>
    <message>
        <source>Not versioned</source>
        <translation>Non versionné</translation>
    </message>
    <message>
        <source>detached</source>
        <translation>détachée</translation>
    </message>
    <message>
        <source>(not shared yet)</source>
        <translation>(pas encore partagé)</translation>
    </message>
    <message numerus="yes">
        <source>%n conflicted</source>
        <translation>
            <numerusform>%n en conflit</numerusform>
            <numerusform>%n en conflit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n modifié</numerusform>
            <numerusform>%n modifiés</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced and pushed.</source>
        <translation>Synchronisé et poussé.</translation>
    </message>
    <message>
        <source>Synced.</source>
        <translation>Synchronisé.</translation>
    </message>
    <message numerus="yes">
        <source>Sync stopped: %n file(s) need you to choose.</source>
        <translation>
            <numerusform>Synchronisation arrêtée&#xa0;: %n fichier attend votre choix.</numerusform>
            <numerusform>Synchronisation arrêtée&#xa0;: %n fichiers attendent votre choix.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Échec de la synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <source>Remove the Lock and Sync</source>
        <translation>Supprimer le verrou et synchroniser</translation>
    </message>
    <message>
        <source>Who Are You?</source>
        <translation>Qui êtes-vous&#xa0;?</translation>
    </message>
    <message>
        <source>Commits name their author. This is saved for this repository only.</source>
        <translation>Les commits indiquent leur auteur. Ceci n’est enregistré que pour ce dépôt.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Courriel&#xa0;:</translation>
    </message>
    <message>
        <source>An earlier sync stopped with conflicts: resolve them or abort the sync.</source>
        <translation>Une synchronisation précédente s’est arrêtée sur des conflits&#xa0;: résolvez-les ou annulez la synchronisation.</translation>
    </message>
    <message>
        <source>Unfinished Sync</source>
        <translation>Synchronisation inachevée</translation>
    </message>
    <message>
        <source>An earlier sync was interrupted after merging. Finish it now?</source>
        <translation>Une synchronisation précédente a été interrompue après la fusion. La terminer maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>Finish Sync</source>
        <translation>Terminer la synchronisation</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>An earlier sync was interrupted; the next sync cleans up after it.</source>
        <translation>Une synchronisation précédente a été interrompue&#xa0;; la prochaine fera le ménage.</translation>
    </message>
    <message>
        <source>Open an entity first to see its history.</source>
        <translation>Ouvrez d’abord un élément pour voir son historique.</translation>
    </message>
    <message>
        <source>Restored the old version as a new change; sync to share it.</source>
        <translation>L’ancienne version a été restaurée comme nouvelle modification&#xa0;; synchronisez pour la partager.</translation>
    </message>
    <message>
        <source>Start Versioning</source>
        <translation>Commencer le versionnage</translation>
    </message>
    <message>
        <source>Versioning started: every sync now records a version.</source>
        <translation>Versionnage commencé&#xa0;: chaque synchronisation enregistre désormais une version.</translation>
    </message>
    <message>
        <source>&amp;Automatic Sync</source>
        <translation>Synchronisation &amp;automatique</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivée</translation>
    </message>
    <message numerus="yes">
        <source>Every %n Minute(s)</source>
        <translation>
            <numerusform>Chaque minute</numerusform>
            <numerusform>Toutes les %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After %n Idle Minute(s)</source>
        <translation>
            <numerusform>Après %n minute d’inactivité</numerusform>
            <numerusform>Après %n minutes d’inactivité</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync once you have not typed or clicked for a while</source>
        <translation>Synchroniser dès que vous n’avez ni tapé ni cliqué depuis un moment</translation>
    </message>
    <message>
        <source>Automatic sync failed: %1</source>
        <translation>La synchronisation automatique a échoué : %1</translation>
    </message>
    <message>
        <source>&amp;Remote…</source>
        <translation>Dépôt &amp;distant…</translation>
    </message>
    <message>
        <source>Set the address of the repository syncs push to and fetch from</source>
        <translation>Définir l’adresse du dépôt avec lequel se font les synchronisations</translation>
    </message>
    <message>
        <source>Merge Both Histories</source>
        <translation>Fusionner les deux historiques</translation>
    </message>
    <message>
        <source>Remote set to %1: the next sync shares this project there.</source>
        <translation>Dépôt distant défini sur %1&#xa0;: la prochaine synchronisation y partagera ce projet.</translation>
    </message>
    <message>
        <source>Push to a New Branch…</source>
        <translation>Pousser sur une nouvelle branche…</translation>
    </message>
    <message>
        <source>Push to a New Branch</source>
        <translation>Pousser sur une nouvelle branche</translation>
    </message>
    <message>
        <source>Name of the new branch on the remote:</source>
        <translation>Nom de la nouvelle branche sur le serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>État de la synchronisation</translation>
    </message>
    <message>
        <source>Sync in progress</source>
        <translation>Synchronisation en cours</translation>
    </message>
</context>
<context>
    <name>storyloom::SyncError</name>
    <message>
        <source>Git is not installed. Install Git 2.39 or newer to version and share this project.</source>
        <translation>Git n’est pas installé. Installez Git 2.39 ou plus récent pour versionner et partager ce projet.</translation>
    </message>
    <message>
        <source>This folder is not under version control yet. Use &quot;Start versioning&quot; first.</source>
        <translation>Ce dossier n’est pas encore sous contrôle de version. Utilisez d’abord «&#xa0;Commencer le versionnage&#xa0;».</translation>
    </message>
    <message>
        <source>The repository is not on a branch (detached HEAD). Switch to a branch in a terminal, then sync again.</source>
        <translation>Le dépôt n’est sur aucune branche (HEAD détachée). Passez sur une branche dans un terminal, puis synchronisez de nouveau.</translation>
    </message>
    <message>
        <source>The repository is locked by another program (a Git command or another editor is running). Wait for it to finish and sync again; if no other Git program is running, remove the stale lock.</source>
        <translation>Le dépôt est verrouillé par un autre programme (une commande Git ou un autre éditeur est en cours). Attendez qu’il se termine et synchronisez de nouveau&#xa0;; si aucun autre programme Git ne tourne, supprimez le verrou périmé.</translation>
    </message>
    <message>
        <source>Git does not know who you are. Set your name and e-mail for this repository, then sync again.</source>
        <translation>Git ne sait pas qui vous êtes. Indiquez votre nom et votre adresse électronique pour ce dépôt, puis synchronisez de nouveau.</translation>
    </message>
    <message>
        <source>The remote repository cannot be reached (offline, or its address is wrong). Your changes are committed locally; sync again when you are back online.</source>
        <translation>Le dépôt distant est injoignable (hors ligne, ou adresse erronée). Vos modifications sont validées localement&#xa0;; synchronisez de nouveau une fois en ligne.</translation>
    </message>
    <message>
        <source>The remote refused your credentials. Check your password, token or SSH key, then sync again. Your changes are committed locally.</source>
        <translation>Le dépôt distant a refusé vos identifiants. Vérifiez votre mot de passe, jeton ou clé SSH, puis synchronisez de nouveau. Vos modifications sont validées localement.</translation>
    </message>
    <message>
        <source>The remote rejected the push (someone pushed at the same moment, or the branch is protected). Your changes are committed locally; sync again to merge and retry.</source>
        <translation>Le dépôt distant a rejeté l’envoi (quelqu’un a poussé au même moment, ou la branche est protégée). Vos modifications sont validées localement&#xa0;; synchronisez de nouveau pour fusionner et réessayer.</translation>
    </message>
    <message>
        <source>Some files were changed on both sides. Resolve the conflicts, then sync again to finish, or abort the sync.</source>
        <translation>Certains fichiers ont été modifiés des deux côtés. Résolvez les conflits, puis synchronisez de nouveau pour terminer, ou annulez la synchronisation.</translation>
    </message>
    <message>
        <source>The sync was cancelled. Everything committed so far is kept locally.</source>
        <translation>La synchronisation a été interrompue. Tout ce qui a été validé jusqu’ici est conservé localement.</translation>
    </message>
    <message>
        <source>Git failed. Your files are unchanged; see the details below.</source>
        <translation>Git a échoué. Vos fichiers sont inchangés&#xa0;; voir les détails ci-dessous.</translation>
    </message>
    <message>
        <source>The remote&apos;s history has nothing in common with this project&apos;s: the two were started separately. Merging them keeps the files of both sides. Your changes are committed locally.</source>
        <translation>L’historique du dépôt distant n’a rien en commun avec celui de ce projet&#xa0;: les deux ont été commencés séparément. Les fusionner conserve les fichiers des deux côtés. Vos modifications sont validées localement.</translation>
    </message>
    <message numerus="yes">
        <source>A lock at least %n minute(s) old is removed by the next sync when no Git program works on the repository.</source>
        <translation>
            <numerusform>Un verrou d&apos;au moins %n minute est retiré par la prochaine synchronisation si aucun programme Git ne travaille sur le dépôt.</numerusform>
            <numerusform>Un verrou d&apos;au moins %n minutes est retiré par la prochaine synchronisation si aucun programme Git ne travaille sur le dépôt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The remote refused the push. Your changes are committed locally; ask the remote&apos;s owner, or push them to a new branch.</source>
        <translation>Le serveur a refusé le push. Vos modifications sont validées localement&#xa0;; demandez au responsable du serveur, ou poussez-les sur une nouvelle branche.</translation>
    </message>
    <message>
        <source>This remote address only allows reading, so the push was refused. Your changes are committed locally; set an address you can push to (Sync &gt; Remote…).</source>
        <translation>Cette adresse n&apos;autorise que la lecture&#xa0;: le push a été refusé. Vos modifications sont validées localement&#xa0;; indiquez une adresse où vous pouvez pousser (Synchroniser &gt; Dépôt distant…).</translation>
    </message>
    <message>
        <source>The SSH server is not known yet and its host key was not confirmed, so nothing was sent. Compare the key&apos;s fingerprint with the one the server&apos;s owner gives you, then sync again and accept it.</source>
        <translation>Le serveur SSH n&apos;est pas encore connu et sa clé d&apos;hôte n&apos;a pas été confirmée&#xa0;: rien n&apos;a été envoyé. Comparez l&apos;empreinte de la clé avec celle que vous donne le responsable du serveur, puis synchronisez à nouveau et acceptez-la.</translation>
    </message>
    <message>
        <source>Warning: the SSH server&apos;s host key has changed. Someone may be intercepting the connection, or the server was reinstalled. The sync stopped and sent nothing; ask the server&apos;s owner before you remove the old key from your known_hosts file.</source>
        <translation>Attention&#xa0;: la clé d&apos;hôte du serveur SSH a changé. Quelqu&apos;un intercepte peut-être la connexion, ou le serveur a été réinstallé. La synchronisation s&apos;est arrêtée sans rien envoyer&#xa0;; demandez au responsable du serveur avant de retirer l&apos;ancienne clé de votre fichier known_hosts.</translation>
    </message>
    <message>
        <source>The remote refused the push. It said:

%1

Your changes are committed locally; ask the remote&apos;s owner, or push them to a new branch.</source>
        <translation>Le serveur a refusé le push. Il a répondu&#xa0;:

%1

Vos modifications sont validées localement&#xa0;; demandez au responsable du serveur, ou poussez-les sur une nouvelle branche.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not signed by a certificate authority Git trusts, so nothing was sent. If the server uses your organisation&apos;s own authority, tell Git where its certificate is (git config --global http.sslCAInfo /path/to/authority.pem) and sync again. Your changes are committed locally.</source>
        <translation>Le certificat du serveur n’est signé par aucune autorité de certification à laquelle Git fait confiance&#xa0;: rien n’a été envoyé. Si le serveur utilise l’autorité de votre organisation, indiquez à Git où se trouve son certificat (git config --global http.sslCAInfo /chemin/vers/autorite.pem) et synchronisez à nouveau. Vos modifications sont validées localement.</translation>
    </message>
    <message>
        <source>The disk is full: Git could not write to the repository. Nothing was lost: your files are as you saved them and the repository is as it was before this step. Free some space and sync again.</source>
        <translation>Le disque est plein : Git n’a pas pu écrire dans le dépôt. Rien n’a été perdu&#xa0;: vos fichiers sont tels que vous les avez enregistrés et le dépôt est tel qu’avant cette étape. Libérez de l’espace et synchronisez à nouveau.</translation>
    </message>
</context>
<context>
    <name>storyloom::SyncLock</name>
    <message numerus="yes">
        <source>Removed %1, a lock %n minute(s) old: no Git program works on this repository any more (a Git program that crashed leaves such a lock behind).</source>
        <translation>
            <numerusform>%1 retiré, un verrou vieux de %n minute&#xa0;: aucun programme Git ne travaille plus sur ce dépôt (un programme Git qui a planté laisse un tel verrou).</numerusform>
            <numerusform>%1 retiré, un verrou vieux de %n minutes&#xa0;: aucun programme Git ne travaille plus sur ce dépôt (un programme Git qui a planté laisse un tel verrou).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storyloom::SyncRun</name>
    <message>
        <source>Checking the repository…</source>
        <translation>Vérification du dépôt…</translation>
    </message>
    <message>
        <source>Removed a stale lock left by an interrupted sync.</source>
        <translation>Verrou périmé laissé par une synchronisation interrompue supprimé.</translation>
    </message>
    <message>
        <source>Finishing the merge…</source>
        <translation>Fin de la fusion…</translation>
    </message>
    <message>
        <source>Completed the merge an earlier sync had started.</source>
        <translation>La fusion commencée par une synchronisation précédente a été terminée.</translation>
    </message>
    <message>
        <source>Committing your changes…</source>
        <translation>Validation de vos modifications…</translation>
    </message>
    <message>
        <source>Fetching from %1…</source>
        <translation>Récupération depuis %1…</translation>
    </message>
    <message>
        <source>Merging changes from %1…</source>
        <translation>Fusion des modifications de %1…</translation>
    </message>
    <message>
        <source>Merge changes from %1</source>
        <translation>Fusionner les modifications de %1</translation>
    </message>
    <message>
        <source>Pushing to %1…</source>
        <translation>Envoi vers %1…</translation>
    </message>
    <message>
        <source>This repository has no remote: your changes are committed locally.</source>
        <translation>Ce dépôt n’a pas de dépôt distant&#xa0;: vos modifications sont validées localement.</translation>
    </message>
    <message>
        <source>The remote moved while syncing; merged again and retried.</source>
        <translation>Le dépôt distant a changé pendant la synchronisation&#xa0;; nouvelle fusion et nouvel essai.</translation>
    </message>
    <message>
        <source>Synced.</source>
        <translation>Synchronisé.</translation>
    </message>
    <message>
        <source>The remote refused the credentials; asked for them once more.</source>
        <translation>Le serveur a refusé les identifiants&#xa0;; ils ont été redemandés une fois.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing arrived from the remote for %n second(s), so the sync stopped waiting.</source>
        <translation>
            <numerusform>Rien n&apos;est arrivé du serveur pendant %n seconde&#xa0;: la synchronisation a cessé d&apos;attendre.</numerusform>
            <numerusform>Rien n&apos;est arrivé du serveur pendant %n secondes&#xa0;: la synchronisation a cessé d&apos;attendre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Someone rewrote the history of %1 on the remote (a force-push). Nothing of yours was reset or rebased: your commits were merged with the new history and stay in it, with any commits the rewrite dropped.</source>
        <translation>Quelqu&apos;un a réécrit l&apos;historique de %1 sur le serveur (un force-push). Rien de votre travail n&apos;a été réinitialisé ni rebasé&#xa0;: vos commits ont été fusionnés avec le nouvel historique et y restent, avec les commits que la réécriture avait retirés.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name a branch.</source>
        <translation>« %1 » ne peut pas nommer une branche.</translation>
    </message>
    <message>
        <source>Pushing to the new branch %1 of %2…</source>
        <translation>Envoi vers la nouvelle branche %1 de %2…</translation>
    </message>
    <message>
        <source>Your commits are on the new branch %1 of %2; the branch you work on is unchanged.</source>
        <translation>Vos commits sont sur la nouvelle branche %1 de %2&#xa0;; la branche sur laquelle vous travaillez est inchangée.</translation>
    </message>
    <message>
        <source>Waiting for another sync of this project to finish…</source>
        <translation>En attente de la fin d’une autre synchronisation de ce projet…</translation>
    </message>
    <message numerus="yes">
        <source>Another sync of this project (in another window or program) has been running for %n minute(s); this one stopped waiting. Your changes are saved; sync again later.</source>
        <translation>
            <numerusform>Une autre synchronisation de ce projet (dans une autre fenêtre ou un autre programme) dure depuis %n minute&#xa0;; celle-ci a cessé d’attendre. Vos modifications sont enregistrées&#xa0;; synchronisez plus tard.</numerusform>
            <numerusform>Une autre synchronisation de ce projet (dans une autre fenêtre ou un autre programme) dure depuis %n minutes&#xa0;; celle-ci a cessé d’attendre. Vos modifications sont enregistrées&#xa0;; synchronisez plus tard.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waited for another sync of this project to finish.</source>
        <translation>Une autre synchronisation de ce projet a été attendue jusqu’à sa fin.</translation>
    </message>
    <message>
        <source>The connection broke at the end of the push, but %1 has your commits: checked with it afterwards.</source>
        <translation>La connexion s’est interrompue à la fin du push, mais %1 a bien vos commits&#xa0;: vérifié auprès de lui ensuite.</translation>
    </message>
</context>
<context>
    <name>storyloom::SyncSession</name>
    <message>
        <source>Saving open files…</source>
        <translation>Enregistrement des fichiers ouverts…</translation>
    </message>
    <message>
        <source>Some files could not be saved.</source>
        <translation>Certains fichiers n’ont pas pu être enregistrés.</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Committing</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>Fetching</source>
        <translation>Récupération</translation>
    </message>
    <message>
        <source>Merging</source>
        <translation>Fusion</translation>
    </message>
    <message>
        <source>Pushing</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>storyloom::TimelineStrip</name>
    <message>
        <source>Vision timeline</source>
        <translation>Chronologie de la vision</translation>
    </message>
    <message>
        <source>Now: the vision as it is in the folder</source>
        <translation>Maintenant&#xa0;: la vision telle qu’elle est dans le dossier</translation>
    </message>
    <message>
        <source>Commit %1 of %2: %3, %4</source>
        <translation>Commit %1 sur %2&#xa0;: %3, %4</translation>
    </message>
    <message>
        <source>(tag %1)</source>
        <translation>(étiquette %1)</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
</context>
<context>
    <name>storyloom::ViewDiagram</name>
    <message>
        <source>the view&apos;s focus &apos;%1&apos; is no entity of the project</source>
        <translation>le focus «&#xa0;%1&#xa0;» de la vue n’est pas une entité du projet</translation>
    </message>
    <message>
        <source>a matrix view exports with export --matrix ROWS,COLS</source>
        <translation>une vue matrice s’exporte avec export --matrix LIGNES,COLONNES</translation>
    </message>
</context>
<context>
    <name>storyloom::VisionChart</name>
    <message>
        <source>Addressed</source>
        <translation>Traités</translation>
    </message>
    <message>
        <source>Not addressed</source>
        <translation>Non traités</translation>
    </message>
    <message>
        <source>No state</source>
        <translation>Sans état</translation>
    </message>
    <message>
        <source>What the chart shows</source>
        <translation>Ce que montre le graphique</translation>
    </message>
    <message>
        <source>Entities by type</source>
        <translation>Entités par type</translation>
    </message>
    <message>
        <source>Pain points addressed and not</source>
        <translation>Points douloureux traités ou non</translation>
    </message>
    <message>
        <source>Goals by state</source>
        <translation>Objectifs par état</translation>
    </message>
    <message>
        <source>The vision over time</source>
        <translation>La vision au fil du temps</translation>
    </message>
</context>
<context>
    <name>storyloom::VisionDigest</name>
    <message>
        <source>Vision changes from %1 to %2</source>
        <translation>Changements de la vision de %1 à %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <source>(owners: %1)</source>
        <translation>(responsables&#xa0;: %1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Goals that changed state</source>
        <translation>Objectifs dont l’état a changé</translation>
    </message>
    <message>
        <source>New stories</source>
        <translation>Nouveaux récits</translation>
    </message>
    <message>
        <source>New pain points</source>
        <translation>Nouveaux points de friction</translation>
    </message>
    <message>
        <source>Pain points newly addressed</source>
        <translation>Points de friction nouvellement traités</translation>
    </message>
    <message>
        <source>Pain points still open</source>
        <translation>Points de friction encore ouverts</translation>
    </message>
    <message>
        <source>No goal, story or pain point changed.</source>
        <translation>Aucun objectif, aucun récit ni aucun point de friction n’a changé.</translation>
    </message>
</context>
<context>
    <name>storyloom::VisionHistory</name>
    <message>
        <source>Loading the vision at %1…</source>
        <translation>Chargement de la vision à %1…</translation>
    </message>
    <message>
        <source>Comparing with %1…</source>
        <translation>Comparaison avec %1…</translation>
    </message>
    <message>
        <source>Reading the vision&apos;s history…</source>
        <translation>Lecture de l’historique de la vision…</translation>
    </message>
</context>
<context>
    <name>storyloom::WordCountLabel</name>
    <message>
        <source>Word count</source>
        <translation>Nombre de mots</translation>
    </message>
</context>
<context>
    <name>storyloom::Writer</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>no entity &apos;%1&apos;</source>
        <translation>aucun élément &apos;%1&apos;</translation>
    </message>
    <message>
        <source>this mdBook has no front matter (mdBook would show it as text); edit the page&apos;s text instead</source>
        <translation>ce mdBook n’a pas d’en-tête YAML (mdBook l’afficherait comme du texte)&#xa0;; modifiez plutôt le texte de la page</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no file of its own to write to</source>
        <translation>&apos;%1&apos; n’a pas de fichier propre où écrire</translation>
    </message>
    <message>
        <source>the front matter of %1 does not parse; fix it first (%2)</source>
        <translation>l’en-tête YAML de %1 est illisible&#xa0;; corrigez-le d’abord (%2)</translation>
    </message>
    <message>
        <source>a &apos;%1&apos; relation is written as a Markdown link, not front matter</source>
        <translation>une relation &apos;%1&apos; s’écrit comme un lien Markdown, pas dans l’en-tête YAML</translation>
    </message>
    <message>
        <source>no file to move for &apos;%1&apos;</source>
        <translation>aucun fichier à déplacer pour &apos;%1&apos;</translation>
    </message>
    <message>
        <source>refusing to move outside the project: %1</source>
        <translation>déplacement hors du projet refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 existe déjà</translation>
    </message>
    <message>
        <source>cannot move %1 to %2</source>
        <translation>impossible de déplacer %1 vers %2</translation>
    </message>
    <message>
        <source>no file to delete for &apos;%1&apos;</source>
        <translation>aucun fichier à supprimer pour &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot move %1 to the trash</source>
        <translation>impossible de mettre %1 à la corbeille</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>impossible de lire %1</translation>
    </message>
    <message>
        <source>nothing to write</source>
        <translation>rien à écrire</translation>
    </message>
    <message>
        <source>%1 changed since the page was planned; try again</source>
        <translation>%1 a changé depuis que la page a été prévue&#xa0;; réessayez</translation>
    </message>
    <message>
        <source>no file to rename for &apos;%1&apos;</source>
        <translation>aucun fichier à renommer pour &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a page needs a title</source>
        <translation>une page a besoin d’un titre</translation>
    </message>
    <message>
        <source>%1 has chapters nested under it in SUMMARY.md; move or delete them first</source>
        <translation>%1 a des chapitres imbriqués dans SUMMARY.md&#xa0;; déplacez-les ou supprimez-les d’abord</translation>
    </message>
    <message>
        <source>refusing to write outside the project: %1</source>
        <translation>écriture hors du projet refusée&#xa0;: %1</translation>
    </message>
    <message>
        <source>refusing to write through a link that leaves the project: %1</source>
        <translation>écriture à travers un lien qui sort du projet refusée&#xa0;: %1</translation>
    </message>
    <message>
        <source>refusing to write %1: it is not in the open project %2</source>
        <translation>écriture de %1 refusée&#xa0;: il n’est pas dans le projet ouvert %2</translation>
    </message>
    <message>
        <source>New page</source>
        <translation>Nouvelle page</translation>
    </message>
    <message>
        <source>Move page</source>
        <translation>Déplacer la page</translation>
    </message>
    <message>
        <source>Rename page</source>
        <translation>Renommer la page</translation>
    </message>
    <message>
        <source>Move page to trash</source>
        <translation>Mettre la page à la corbeille</translation>
    </message>
    <message>
        <source>cannot remove %1: %2</source>
        <translation>impossible de supprimer %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>storyloom::cli</name>
    <message>
        <source>Commit the project&apos;s changes, merge what others pushed, and push. Exit status: 0 synced, 1 error, 3 conflicts (the conflicted paths are listed on stdout).</source>
        <translation>Valide les modifications du projet, fusionne ce que d’autres ont poussé, puis pousse. Code de sortie&#xa0;: 0 synchronisé, 1 erreur, 3 conflits (les chemins en conflit sont listés sur la sortie standard).</translation>
    </message>
    <message>
        <source>the commit message (default: one naming what changed)</source>
        <translation>le message de commit (par défaut&#xa0;: un message qui nomme ce qui a changé)</translation>
    </message>
    <message>
        <source>commit and merge, but do not push</source>
        <translation>valider et fusionner, mais ne pas pousser</translation>
    </message>
    <message>
        <source>abort an unfinished merge, back to the local state before the sync</source>
        <translation>annuler une fusion inachevée et revenir à l’état local d’avant la synchronisation</translation>
    </message>
    <message>
        <source>print only errors and conflicts</source>
        <translation>n’afficher que les erreurs et les conflits</translation>
    </message>
    <message>
        <source>the project&apos;s folder</source>
        <translation>le dossier du projet</translation>
    </message>
    <message>
        <source>storyloom-cli sync: %1: no such folder</source>
        <translation>storyloom-cli sync&#xa0;: %1&#xa0;: dossier inexistant</translation>
    </message>
    <message>
        <source>storyloom-cli sync: no unfinished merge to abort</source>
        <translation>storyloom-cli sync&#xa0;: aucune fusion inachevée à annuler</translation>
    </message>
    <message>
        <source>Merge aborted: the project is back to its local state.</source>
        <translation>Fusion annulée&#xa0;: le projet est revenu à son état local.</translation>
    </message>
    <message>
        <source>Committed: %1</source>
        <translation>Validé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Merged front matter key by key: %1</source>
        <translation>En-tête YAML fusionné clé par clé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Synced and pushed.</source>
        <translation>Synchronisé et poussé.</translation>
    </message>
    <message>
        <source>Synced.</source>
        <translation>Synchronisé.</translation>
    </message>
    <message>
        <source>%1 failed (%2): </source>
        <translation>échec de %1 (%2)&#xa0;: </translation>
    </message>
    <message>
        <source>svg, png, pdf, dot, mermaid or md (default: from the output&apos;s suffix)</source>
        <translation>svg, png, pdf, dot, mermaid ou md (par défaut&#xa0;: d’après l’extension de la sortie)</translation>
    </message>
    <message>
        <source>LR (left to right, default) or TB (top down)</source>
        <translation>LR (de gauche à droite, par défaut) ou TB (de haut en bas)</translation>
    </message>
    <message>
        <source>the file to write, - for stdout (text formats)</source>
        <translation>le fichier à écrire, - pour la sortie standard (formats texte)</translation>
    </message>
    <message>
        <source>storyloom-cli export: give the output with -o FILE (or -o - for stdout)</source>
        <translation>storyloom-cli export&#xa0;: indiquez la sortie avec -o FICHIER (ou -o - pour la sortie standard)</translation>
    </message>
    <message>
        <source>storyloom-cli export: unknown format &apos;%1&apos; (svg, png, pdf, dot, mermaid, md)</source>
        <translation>storyloom-cli export&#xa0;: format inconnu &apos;%1&apos; (svg, png, pdf, dot, mermaid, md)</translation>
    </message>
    <message>
        <source>storyloom-cli export: %1 is binary; write it to a file with -o FILE</source>
        <translation>storyloom-cli export&#xa0;: %1 est binaire&#xa0;; écrivez-le dans un fichier avec -o FICHIER</translation>
    </message>
    <message>
        <source>storyloom-cli export: --scale wants a number above 0 and at most 16</source>
        <translation>storyloom-cli export&#xa0;: --scale attend un nombre supérieur à 0 et au plus 16</translation>
    </message>
    <message>
        <source>storyloom-cli export: --direction is LR or TB</source>
        <translation>storyloom-cli export&#xa0;: --direction vaut LR ou TB</translation>
    </message>
    <message>
        <source>storyloom-cli export: cannot write %1: %2</source>
        <translation>storyloom-cli export&#xa0;: impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Export the roadmap as a diagram (svg, png, pdf, dot, mermaid) or as its Markdown overview table (md).</source>
        <translation>Exporte la feuille de route en diagramme (svg, png, pdf, dot, mermaid) ou en tableau récapitulatif Markdown (md).</translation>
    </message>
    <message>
        <source>export the roadmap (goals and initiatives)</source>
        <translation>exporter la feuille de route (objectifs et initiatives)</translation>
    </message>
    <message>
        <source>export the graph instead (see --graph --help)</source>
        <translation>exporter plutôt le graphe (voir --graph --help)</translation>
    </message>
    <message>
        <source>only goals in this state (done, in-progress, help-wanted, paused); repeatable</source>
        <translation>seulement les objectifs dans cet état (done, in-progress, help-wanted, paused)&#xa0;; répétable</translation>
    </message>
    <message>
        <source>add the pain points each goal addresses</source>
        <translation>ajouter les points de friction que traite chaque objectif</translation>
    </message>
    <message>
        <source>add the shiny-future stories each goal realises</source>
        <translation>ajouter les récits d’avenir radieux que réalise chaque objectif</translation>
    </message>
    <message>
        <source>the diagram&apos;s title (default: &quot;&lt;project&gt; roadmap&quot;)</source>
        <translation>le titre du diagramme (par défaut&#xa0;: &quot;Feuille de route &lt;projet&gt;&quot;)</translation>
    </message>
    <message>
        <source>leave out the legend</source>
        <translation>omettre la légende</translation>
    </message>
    <message>
        <source>storyloom-cli export: say what to export: --roadmap (or --graph)</source>
        <translation>storyloom-cli export&#xa0;: indiquez quoi exporter&#xa0;: --roadmap (ou --graph)</translation>
    </message>
    <message>
        <source>storyloom-cli export: unknown state &apos;%1&apos; (done, in-progress, help-wanted, paused)</source>
        <translation>storyloom-cli export&#xa0;: état inconnu &apos;%1&apos; (done, in-progress, help-wanted, paused)</translation>
    </message>
    <message>
        <source>storyloom-cli export: unknown type &apos;%1&apos;</source>
        <translation>storyloom-cli export&#xa0;: type inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>storyloom-cli export: unknown relation kind &apos;%1&apos;</source>
        <translation>storyloom-cli export&#xa0;: sorte de relation inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>storyloom-cli export: unknown goal state &apos;%1&apos;</source>
        <translation>storyloom-cli export&#xa0;: état d’objectif inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>storyloom-cli export: --depth is 1, 2 or 3</source>
        <translation>storyloom-cli export&#xa0;: --depth vaut 1, 2 ou 3</translation>
    </message>
    <message>
        <source>Export the story graph (what the Graph view shows with the same filters).</source>
        <translation>Exporte le graphe des récits (ce que montre la vue Graphe avec les mêmes filtres).</translation>
    </message>
    <message>
        <source>export the graph</source>
        <translation>exporter le graphe</translation>
    </message>
    <message>
        <source>only these entity types (character, value, story, status-quo, shiny-future, pain-point, goal, project, page); repeatable or comma-separated</source>
        <translation>seulement ces types d’éléments (character, value, story, status-quo, shiny-future, pain-point, goal, project, page)&#xa0;; répétable ou séparé par des virgules</translation>
    </message>
    <message>
        <source>only entities whose title or id contains TEXT</source>
        <translation>seulement les éléments dont le titre ou l’identifiant contient TEXTE</translation>
    </message>
    <message>
        <source>leave out entities without relations</source>
        <translation>omettre les éléments sans relations</translation>
    </message>
    <message>
        <source>how far the neighbourhood reaches (1-3, default 1)</source>
        <translation>l’étendue du voisinage (1 à 3, 1 par défaut)</translation>
    </message>
    <message>
        <source>storyloom-cli export --graph: use svg, png, pdf or dot</source>
        <translation>storyloom-cli export --graph&#xa0;: utilisez svg, png, pdf ou dot</translation>
    </message>
    <message>
        <source>pixels per point for png (default: the long side is 3000 pixels, at most 4 per point)</source>
        <translation>pixels par point pour le png (par défaut&#xa0;: le grand côté fait 3000 pixels, au plus 4 par point)</translation>
    </message>
    <message>
        <source>png width in pixels</source>
        <translation>largeur du png en pixels</translation>
    </message>
    <message>
        <source>png height in pixels</source>
        <translation>hauteur du png en pixels</translation>
    </message>
    <message>
        <source>storyloom-cli export: --%1 wants a number of pixels from 16 to 32000</source>
        <translation>storyloom-cli export&#xa0;: --%1 attend un nombre de pixels de 16 à 32000</translation>
    </message>
    <message>
        <source>storyloom-cli export: give --scale or --width/--height, not both</source>
        <translation>storyloom-cli export&#xa0;: indiquez --scale ou --width/--height, pas les deux</translation>
    </message>
    <message>
        <source>only what involves this character (its id, the id&apos;s last part or its title)</source>
        <translation>seulement ce qui concerne ce personnage (son identifiant, la dernière partie de l’identifiant ou son titre)</translation>
    </message>
    <message>
        <source>only the neighbourhood of this entity (its id, the id&apos;s last part or its title)</source>
        <translation>seulement le voisinage de cet élément (son identifiant, la dernière partie de l’identifiant ou son titre)</translation>
    </message>
    <message>
        <source>merge a remote that was started separately (keeps the files of both sides)</source>
        <translation>fusionner un dépôt distant commencé séparément (conserve les fichiers des deux côtés)</translation>
    </message>
    <message>
        <source>To merge both histories, run the sync again with --allow-unrelated-histories.</source>
        <translation>Pour fusionner les deux historiques, synchronisez de nouveau avec --allow-unrelated-histories.</translation>
    </message>
    <message>
        <source>only these relation kinds (%1); repeatable or comma-separated</source>
        <translation>seulement ces sortes de relations (%1)&#xa0;; répétable ou séparé par des virgules</translation>
    </message>
    <message>
        <source>only goals in these states (done, in-progress, help-wanted, paused, proposed, accepted, not-accepted)</source>
        <translation>seulement les objectifs dans ces états (done, in-progress, help-wanted, paused, proposed, accepted, not-accepted)</translation>
    </message>
    <message>
        <source>compare the vision at two revisions of its Git history</source>
        <translation>comparer la vision à deux révisions de son historique Git</translation>
    </message>
    <message>
        <source>the vision&apos;s counts at each commit of its Git history</source>
        <translation>les comptes de la vision à chaque commit de son historique Git</translation>
    </message>
    <message>
        <source>(inferred)</source>
        <translation>(déduite)</translation>
    </message>
    <message>
        <source>No change to the vision.</source>
        <translation>Aucun changement de la vision.</translation>
    </message>
    <message>
        <source>Entities added</source>
        <translation>Éléments ajoutés</translation>
    </message>
    <message>
        <source>Entities removed</source>
        <translation>Éléments supprimés</translation>
    </message>
    <message>
        <source>Entities renamed</source>
        <translation>Éléments renommés</translation>
    </message>
    <message>
        <source>Entities changed</source>
        <translation>Éléments modifiés</translation>
    </message>
    <message>
        <source>Relations added</source>
        <translation>Relations ajoutées</translation>
    </message>
    <message>
        <source>Relations removed</source>
        <translation>Relations supprimées</translation>
    </message>
    <message>
        <source>Compare the vision at two revisions of the project&apos;s Git history (REV2: the working tree when left out): entities added, removed, renamed and changed, relations added and removed. A revision is a commit, tag, branch or date (YYYY-MM-DD). Reads Git objects only: nothing is checked out or written.</source>
        <translation>Compare la vision à deux révisions de l’historique Git du projet (REV2&#xa0;: la copie de travail si elle est omise)&#xa0;: éléments ajoutés, supprimés, renommés et modifiés, relations ajoutées et supprimées. Une révision est un commit, une étiquette, une branche ou une date (AAAA-MM-JJ). Lit seulement les objets Git&#xa0;: rien n’est extrait ni écrit.</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>sortie lisible par machine</translation>
    </message>
    <message>
        <source>a Markdown digest for an update post</source>
        <translation>un résumé Markdown pour un billet de nouvelles</translation>
    </message>
    <message>
        <source>the older revision</source>
        <translation>la révision la plus ancienne</translation>
    </message>
    <message>
        <source>the newer revision (default: the working tree)</source>
        <translation>la révision la plus récente (par défaut&#xa0;: la copie de travail)</translation>
    </message>
    <message>
        <source>--json and --md cannot be combined</source>
        <translation>--json et --md ne peuvent pas être combinés</translation>
    </message>
    <message>
        <source>the working tree</source>
        <translation>la copie de travail</translation>
    </message>
    <message>
        <source>stories: %1, pain points: %2 (open: %3), goals: %4</source>
        <translation>récits&#xa0;: %1, points de friction&#xa0;: %2 (ouverts&#xa0;: %3), objectifs&#xa0;: %4</translation>
    </message>
    <message>
        <source>The vision through the project&apos;s Git history: one row per commit (the first-parent line unless --all-parents) with its date, author, subject and the counts of entities, stories, relations, pain points and goals. Reads Git objects only: nothing is checked out or written.</source>
        <translation>La vision au fil de l’historique Git du projet&#xa0;: une ligne par commit (la lignée des premiers parents, sauf avec --all-parents) avec sa date, son auteur, son sujet et le nombre d’éléments, de récits, de relations, de points de friction et d’objectifs. Lit seulement les objets Git&#xa0;: rien n’est extrait ni écrit.</translation>
    </message>
    <message>
        <source>comma-separated values, one row per commit</source>
        <translation>valeurs séparées par des virgules, une ligne par commit</translation>
    </message>
    <message>
        <source>every commit, not only the first-parent line of merges</source>
        <translation>chaque commit, pas seulement la lignée des premiers parents des fusions</translation>
    </message>
    <message>
        <source>a revision or range such as v1.0..main (default: HEAD)</source>
        <translation>une révision ou un intervalle comme v1.0..main (par défaut&#xa0;: HEAD)</translation>
    </message>
    <message>
        <source>--json and --csv cannot be combined</source>
        <translation>--json et --csv ne peuvent pas être combinés</translation>
    </message>
    <message>
        <source>the repository is a shallow clone: its history stops at %1; older commits are not there to read.</source>
        <translation>le dépôt est un clone superficiel&#xa0;: son historique s’arrête à %1&#xa0;; les commits plus anciens ne sont pas là pour être lus.</translation>
    </message>
    <message>
        <source>push the commits to this new branch of the remote (when the remote refused the push)</source>
        <translation>pousser les commits sur cette nouvelle branche du serveur (quand le serveur a refusé le push)</translation>
    </message>
    <message>
        <source>To push your commits to a new branch instead, run the sync again with --push-to-branch BRANCH.</source>
        <translation>Pour pousser plutôt vos commits sur une nouvelle branche, relancez la synchronisation avec --push-to-branch BRANCHE.</translation>
    </message>
    <message>
        <source>export the coverage matrix instead (see --matrix R,C --help)</source>
        <translation>exporter plutôt la matrice de couverture (voir --matrix R,C --help)</translation>
    </message>
    <message>
        <source>storyloom-cli export: unknown entity type &apos;%1&apos; (character, value, story, status-quo, shiny-future, pain-point, goal, project, page; singular or plural)</source>
        <translation>storyloom-cli export&#xa0;: type d’élément inconnu &apos;%1&apos; (character, value, story, status-quo, shiny-future, pain-point, goal, project, page&#xa0;; singulier ou pluriel)</translation>
    </message>
    <message>
        <source>Export the coverage matrix of two entity types: each cell counts the paths of at most two relations between the row&apos;s and the column&apos;s entity.</source>
        <translation>Exporter la matrice de couverture de deux types d’éléments&#xa0;: chaque cellule compte les chemins d’au plus deux relations entre l’élément de la ligne et celui de la colonne.</translation>
    </message>
    <message>
        <source>the rows&apos; and the columns&apos; entity types, e.g. characters,pain-points</source>
        <translation>les types d’éléments des lignes et des colonnes, p. ex. characters,pain-points</translation>
    </message>
    <message>
        <source>count only paths through an entity of this type (e.g. stories)</source>
        <translation>ne compter que les chemins passant par un élément de ce type (p. ex. stories)</translation>
    </message>
    <message>
        <source>book (default) or total: rows and columns by their total</source>
        <translation>book (par défaut) ou total&#xa0;: lignes et colonnes selon leur total</translation>
    </message>
    <message>
        <source>csv, svg or md (default: from the output&apos;s suffix)</source>
        <translation>csv, svg ou md (par défaut&#xa0;: d’après l’extension de la sortie)</translation>
    </message>
    <message>
        <source>the file to write, - for stdout</source>
        <translation>le fichier à écrire, - pour la sortie standard</translation>
    </message>
    <message>
        <source>storyloom-cli export: --matrix wants two entity types, ROWS,COLS</source>
        <translation>storyloom-cli export&#xa0;: --matrix attend deux types d’éléments, ROWS,COLS</translation>
    </message>
    <message>
        <source>storyloom-cli export: --sort is book or total</source>
        <translation>storyloom-cli export&#xa0;: --sort vaut book ou total</translation>
    </message>
    <message>
        <source>storyloom-cli export: the matrix is written as csv, svg or md, not &apos;%1&apos;</source>
        <translation>storyloom-cli export&#xa0;: la matrice s’écrit en csv, svg ou md, pas en &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Keep or take away one relation: &apos;accept&apos; declares it (a suggested, extracted or derived relation); &apos;reject&apos; takes it out of the graph for good and never suggests it again. The verdict is written where the project keeps it: the source page&apos;s front matter in a native project, storyloom.yml at the project root in an mdBook.</source>
        <translation>Garder ou retirer une relation : &apos;accept&apos; la déclare (une relation suggérée, extraite ou dérivée) ; &apos;reject&apos; la retire du graphe pour de bon et ne la suggère plus jamais. La décision est écrite là où le projet la garde : dans l&apos;en-tête de la page source d&apos;un projet natif, dans storyloom.yml à la racine du projet pour un mdBook.</translation>
    </message>
    <message>
        <source>accept or reject</source>
        <translation>accept ou reject</translation>
    </message>
    <message>
        <source>the relation&apos;s kind, as `list` prints it (addresses, features...)</source>
        <translation>le type de la relation, tel que `list` l&apos;affiche (addresses, features...)</translation>
    </message>
    <message>
        <source>the entity the relation starts from</source>
        <translation>l&apos;entité d&apos;où part la relation</translation>
    </message>
    <message>
        <source>the entity it points to</source>
        <translation>l&apos;entité vers laquelle elle pointe</translation>
    </message>
    <message>
        <source>storyloom-cli relation: the verdict is &apos;accept&apos; or &apos;reject&apos;, not &apos;%1&apos;</source>
        <translation>storyloom-cli relation : la décision est &apos;accept&apos; ou &apos;reject&apos;, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>storyloom-cli relation: no relation kind &apos;%1&apos;</source>
        <translation>storyloom-cli relation : aucun type de relation &apos;%1&apos;</translation>
    </message>
    <message>
        <source>accepted %1 %2 → %3 in %4</source>
        <translation>acceptée : %1 %2 → %3 dans %4</translation>
    </message>
    <message>
        <source>rejected %1 %2 → %3 in %4</source>
        <translation>rejetée : %1 %2 → %3 dans %4</translation>
    </message>
    <message>
        <source>accept or reject one relation (a suggested, extracted or derived one)</source>
        <translation>accepter ou rejeter une relation (suggérée, extraite ou dérivée)</translation>
    </message>
    <message>
        <source>export a saved view instead (see --view NAME --help)</source>
        <translation>exporter plutôt une vue enregistrée (voir --view NOM --help)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>storyloom-cli export: no view &apos;%1&apos; (%2; saved views: %3)</source>
        <translation>storyloom-cli export : aucune vue « %1 » (%2 ; vues enregistrées : %3)</translation>
    </message>
    <message>
        <source>storyloom-cli export: too large for one Mermaid diagram (at most %1 characters and %2 edges); wrote %3 diagrams: %4</source>
        <translation>storyloom-cli export : trop grand pour un seul diagramme Mermaid (au plus %1 caractères et %2 arêtes) ; %3 diagrammes écrits : %4</translation>
    </message>
    <message>
        <source>Export a saved view (views/NAME.yml) as the Graph tab shows it, or a tour of saved views as a PDF deck.</source>
        <translation>Exporter une vue enregistrée (views/NOM.yml) telle que l’onglet Graphe la montre, ou une visite de vues enregistrées en diaporama PDF.</translation>
    </message>
    <message>
        <source>the saved view: its name, or the path of its .yml file</source>
        <translation>la vue enregistrée : son nom, ou le chemin de son fichier .yml</translation>
    </message>
    <message>
        <source>a tour file (title: and views: [NAME, ...]): one PDF page per view</source>
        <translation>un fichier de visite (title: et views: [NOM, ...]) : une page PDF par vue</translation>
    </message>
    <message>
        <source>storyloom-cli export: give --view NAME or --tour FILE.yml</source>
        <translation>storyloom-cli export : indiquez --view NOM ou --tour FICHIER.yml</translation>
    </message>
    <message>
        <source>storyloom-cli export --tour: the deck is a pdf</source>
        <translation>storyloom-cli export --tour : le diaporama est un pdf</translation>
    </message>
    <message>
        <source>storyloom-cli export --view: use svg, png, pdf, dot or mermaid</source>
        <translation>storyloom-cli export --view : utilisez svg, png, pdf, dot ou mermaid</translation>
    </message>
</context>
</TS>
