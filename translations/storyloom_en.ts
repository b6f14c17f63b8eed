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
</TS>
