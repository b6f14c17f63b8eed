<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CommitMessage</name>
    <message numerus="yes">
        <source>; and %n more</source>
        <translation>
            <numerusform>; and %n more</numerusform>
            <numerusform>; and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoryMapBox</name>
    <message numerus="yes">
        <source>%n entities; click to unfold</source>
        <translation>
            <numerusform>%n entity; click to unfold</numerusform>
            <numerusform>%n entities; click to unfold</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entities; click to fold</source>
        <translation>
            <numerusform>%n entity; click to fold</numerusform>
            <numerusform>%n entities; click to fold</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message numerus="yes">
        <source>%n gap(s)</source>
        <translation>
            <numerusform>%n gap</numerusform>
            <numerusform>%n gaps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>storyloom-cli sync: %n file(s) changed on both sides; resolve them in Storyloom (or take one side with Git), then sync again, or run `storyloom-cli sync --abort PROJECT` to go back.</source>
        <translation>
            <numerusform>storyloom-cli sync: %n file changed on both sides; resolve it in Storyloom (or take one side with Git), then sync again, or run `storyloom-cli sync --abort PROJECT` to go back.</numerusform>
            <numerusform>storyloom-cli sync: %n files changed on both sides; resolve them in Storyloom (or take one side with Git), then sync again, or run `storyloom-cli sync --abort PROJECT` to go back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s)</source>
        <translation>
            <numerusform>%n suggestion</numerusform>
            <numerusform>%n suggestions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storyloom::BacklinksPanel</name>
    <message numerus="yes">
        <source>%n link(s) to &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>
            <numerusform>%n link to &lt;b&gt;%1&lt;/b&gt;</numerusform>
            <numerusform>%n links to &lt;b&gt;%1&lt;/b&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storyloom::ConflictBanner</name>
    <message numerus="yes">
        <source>This file holds an unresolved sync conflict (%n change(s), from line %1): your version and the other one are both in the text, between conflict markers.</source>
        <translation>
            <numerusform>This file holds an unresolved sync conflict (%n change, from line %1): your version and the other one are both in the text, between conflict markers.</numerusform>
            <numerusform>This file holds an unresolved sync conflict (%n changes, from line %1): your version and the other one are both in the text, between conflict markers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storyloom::ConflictDialog</name>
    <message numerus="yes">
        <source>%n file(s) were changed both here and on the remote. Both versions are kept until you choose.</source>
        <translation>
            <numerusform>%n file was changed both here and on the remote. Both versions are kept until you choose.</numerusform>
            <numerusform>%n files were changed both here and on the remote. Both versions are kept until you choose.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) still to decide.</source>
        <translation>
            <numerusform>%n change still to decide.</numerusform>
            <numerusform>%n changes still to decide.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storyloom::CoverageMatrixWidget</name>
    <message numerus="yes">
        <source>%n path(s)</source>
        <translation>
            <numerusform>%n path</numerusform>
            <numerusform>%n paths</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storyloom::DescribeProjectDialog</name>
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
            <numerusform>%n typed</numerusform>
            <numerusform>%n typed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storyloom::EditorSession</name>
    <message numerus="yes">
        <source>%n file(s) with unsaved changes can be recovered</source>
        <translation>
            <numerusform>%n file with unsaved changes can be recovered</numerusform>
            <numerusform>%n files with unsaved changes can be recovered</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storyloom::EntityPage</name>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min read</source>
        <translation>
            <numerusform>%n min read</numerusform>
            <numerusform>%n min read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n word(s) this session</source>
        <translation>
            <numerusform>%1 of %n word this session</numerusform>
            <numerusform>%1 of %n words this session</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) this session</source>
        <translation>
            <numerusform>%n word this session</numerusform>
            <numerusform>%n words this session</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storyloom::FindBar</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storyloom::GapAnalysis</name>
    <message numerus="yes">
        <source>exposed by %n story(s); no goal addresses it</source>
        <translation>
            <numerusform>exposed by %n story; no goal addresses it</numerusform>
            <numerusform>exposed by %n stories; no goal addresses it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no pain point or story behind it or the %n goal(s) under it</source>
        <translation>
            <numerusform>no pain point or story behind it or the %n goal under it</numerusform>
            <numerusform>no pain point or story behind it or the %n goals under it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>features in no story; %n story(s) mention it</source>
        <translation>
            <numerusform>features in no story; %n story mentions it</numerusform>
            <numerusform>features in no story; %n stories mention it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no character prioritises it; %n pain point(s) hurt it</source>
        <translation>
            <numerusform>no character prioritises it; %n pain point hurts it</numerusform>
            <numerusform>no character prioritises it; %n pain points hurt it</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storyloom::GraphAccessible</name>
    <message numerus="yes">
        <source>%n entity(s)</source>
        <translation>
            <numerusform>%n entity</numerusform>
            <numerusform>%n entities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storyloom::GraphGapPanel</name>
    <message numerus="yes">
        <source>%n found.</source>
        <translation>
            <numerusform>%n found.</numerusform>
            <numerusform>%n found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storyloom::GraphWidget</name>
    <message numerus="yes">
        <source>%n entities</source>
        <translation>
            <numerusform>%n entity</numerusform>
            <numerusform>%n entities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relations</source>
        <translation>
            <numerusform>%n relation</numerusform>
            <numerusform>%n relations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>exposed by %n story(s)</source>
        <translation>
            <numerusform>exposed by %n story</numerusform>
            <numerusform>exposed by %n stories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shortest path(s):</source>
        <translation>
            <numerusform>%n shortest path:</numerusform>
            <numerusform>%n shortest paths:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n boxes</source>
        <translation>
            <numerusform>%n box</numerusform>
            <numerusform>%n boxes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storyloom::MainWindow</name>
    <message numerus="yes">
        <source>%n entities</source>
        <translation>
            <numerusform>%n entity</numerusform>
            <numerusform>%n entities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relations</source>
        <translation>
            <numerusform>%n relation</numerusform>
            <numerusform>%n relations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new error(s) in this page</source>
        <translation>
            <numerusform>%n new error in this page</numerusform>
            <numerusform>%n new errors in this page</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storyloom::MarkdownRenderer</name>
    <message numerus="yes">
        <source>This page has an unresolved sync conflict (%n change(s))</source>
        <translation>
            <numerusform>This page has an unresolved sync conflict (%n change)</numerusform>
            <numerusform>This page has an unresolved sync conflict (%n changes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storyloom::MovePageDialog</name>
    <message numerus="yes">
        <source>The links of %n page(s) to it are rewritten, and its own links too.</source>
        <translation>
            <numerusform>The link of %n page to it is rewritten, and its own links too.</numerusform>
            <numerusform>The links of %n pages to it are rewritten, and its own links too.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storyloom::ProjectClassifier</name>
    <message numerus="yes">
        <source>%1: %n page(s), %2 typed, no guess; e.g. %3</source>
        <translation>
            <numerusform>%1: %n page, %2 typed, no guess; e.g. %3</numerusform>
            <numerusform>%1: %n pages, %2 typed, no guess; e.g. %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s), %2 typed, guessed from %3; e.g. %4</source>
        <translation>
            <numerusform>%1: %n page, %2 typed, guessed from %3; e.g. %4</numerusform>
            <numerusform>%1: %n pages, %2 typed, guessed from %3; e.g. %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storyloom::ProjectTreeActions</name>
    <message numerus="yes">
        <source>%n page(s) link to it:</source>
        <translation>
            <numerusform>%n page links to it:</numerusform>
            <numerusform>%n pages link to it:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storyloom::SearchPanel</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storyloom::StoryMapKeyModel</name>
    <message numerus="yes">
        <source>Group of %1: %n entity(s), folded; Enter unfolds</source>
        <extracomment>A folded group of the story map for screen readers: the type of its members and how many.</extracomment>
        <translation>
            <numerusform>Group of %1: %n entity, folded; Enter unfolds</numerusform>
            <numerusform>Group of %1: %n entities, folded; Enter unfolds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Group of %1: %n entity(s), unfolded; Enter folds</source>
        <translation>
            <numerusform>Group of %1: %n entity, unfolded; Enter folds</numerusform>
            <numerusform>Group of %1: %n entities, unfolded; Enter folds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storyloom::SuggestionsPanel</name>
    <message numerus="yes">
        <source>%n suggestion(s). A accepts, R rejects, S or Down skips.</source>
        <translation>
            <numerusform>%n suggestion. A accepts, R rejects, S or Down skips.</numerusform>
            <numerusform>%n suggestions. A accepts, R rejects, S or Down skips.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storyloom::SyncController</name>
    <message numerus="yes">
        <source>Every %n Minute(s)</source>
        <translation>
            <numerusform>Every %n Minute</numerusform>
            <numerusform>Every %n Minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After %n Idle Minute(s)</source>
        <translation>
            <numerusform>After %n Idle Minute</numerusform>
            <numerusform>After %n Idle Minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicted</source>
        <translation>
            <numerusform>%n conflicted</numerusform>
            <numerusform>%n conflicted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sync stopped: %n file(s) need you to choose.</source>
        <translation>
            <numerusform>Sync stopped: %n file needs you to choose.</numerusform>
            <numerusform>Sync stopped: %n files need you to choose.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storyloom::SyncError</name>
    <message numerus="yes">
        <source>A lock at least %n minute(s) old is removed by the next sync when no Git program works on the repository.</source>
        <translation>
            <numerusform>A lock at least %n minute old is removed by the next sync when no Git program works on the repository.</numerusform>
            <numerusform>A lock at least %n minutes old is removed by the next sync when no Git program works on the repository.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storyloom::SyncLock</name>
    <message numerus="yes">
        <source>Removed %1, a lock %n minute(s) old: no Git program works on this repository any more (a Git program that crashed leaves such a lock behind).</source>
        <translation>
            <numerusform>Removed %1, a lock %n minute old: no Git program works on this repository any more (a Git program that crashed leaves such a lock behind).</numerusform>
            <numerusform>Removed %1, a lock %n minutes old: no Git program works on this repository any more (a Git program that crashed leaves such a lock behind).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storyloom::SyncRun</name>
    <message numerus="yes">
        <source>Nothing arrived from the remote for %n second(s), so the sync stopped waiting.</source>
        <translation>
            <numerusform>Nothing arrived from the remote for %n second, so the sync stopped waiting.</numerusform>
            <numerusform>Nothing arrived from the remote for %n seconds, so the sync stopped waiting.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Another sync of this project (in another window or program) has been running for %n minute(s); this one stopped waiting. Your changes are saved; sync again later.</source>
        <translation>
            <numerusform>Another sync of this project (in another window or program) has been running for %n minute; this one stopped waiting. Your changes are saved; sync again later.</numerusform>
            <numerusform>Another sync of this project (in another window or program) has been running for %n minutes; this one stopped waiting. Your changes are saved; sync again later.</numerusform>
        </translation>
    </message>
</context>
</TS>
