// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/savedview.h"

#include "core/util/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <algorithm>
#include <cmath>
#include <yaml-cpp/yaml.h>

namespace storyloom {

namespace {

/** A view file is a few kilobytes; anything far larger is not one. */
constexpr qint64 maxViewFileSize = 8 * 1024 * 1024;

std::string utf8(const QString &text)
{
    return text.toStdString();
}

QString qstr(const YAML::Node &node)
{
    return QString::fromStdString(node.as<std::string>());
}

/** A problem at a node of the file (its line, 1-based). */
struct ViewFileError
{
    YAML::Mark mark;
    QString message;
};

QString directionName(FocusDirection direction)
{
    switch (direction) {
    case FocusDirection::Both:
        return QStringLiteral("both");
    case FocusDirection::Downstream:
        return QStringLiteral("downstream");
    case FocusDirection::Upstream:
        return QStringLiteral("upstream");
    }
    return QStringLiteral("both");
}

std::optional<FocusDirection> directionFromName(QStringView name)
{
    for (FocusDirection d : { FocusDirection::Both, FocusDirection::Downstream, FocusDirection::Upstream }) {
        if (name == directionName(d))
            return d;
    }
    return std::nullopt;
}

QString number(double value)
{
    return QString::number(value, 'g', 10);
}

void emitList(YAML::Emitter &out, const QStringList &items)
{
    out << YAML::Flow << YAML::BeginSeq;
    for (const QString &item : items)
        out << utf8(item);
    out << YAML::EndSeq;
}

/** A scalar of the file, with a clear message naming its line when it is not one. */
QString scalarOf(const YAML::Node &node, const char *key)
{
    if (!node.IsScalar())
        throw ViewFileError { node.Mark(), SavedViews::tr("'%1' wants a single value").arg(QLatin1String(key)) };
    return qstr(node);
}

QStringList listOf(const YAML::Node &node, const char *key)
{
    if (node.IsNull())
        return {};
    if (!node.IsSequence())
        throw ViewFileError { node.Mark(), SavedViews::tr("'%1' wants a list").arg(QLatin1String(key)) };
    QStringList items;
    for (const YAML::Node &item : node)
        items << scalarOf(item, key);
    return items;
}

double numberOf(const YAML::Node &node, const char *key)
{
    bool ok = false;
    const double value = scalarOf(node, key).toDouble(&ok);
    if (!ok)
        throw ViewFileError { node.Mark(), SavedViews::tr("'%1' wants a number").arg(QLatin1String(key)) };
    return value;
}

SavedView parseView(const YAML::Node &root)
{
    if (!root.IsMap())
        throw ViewFileError { root.Mark(), SavedViews::tr("a view is a mapping of keys (mode:, filter:, ...)") };
    SavedView view;
    for (const auto &entry : root) {
        const std::string key = entry.first.as<std::string>();
        const YAML::Node &value = entry.second;
        if (key == "title") {
            view.title = scalarOf(value, "title");
        } else if (key == "mode") {
            const auto mode = viewModeFromString(scalarOf(value, "mode"));
            if (!mode)
                throw ViewFileError { value.Mark(),
                    SavedViews::tr("unknown mode '%1' (story-map, free-graph, matrix)").arg(qstr(value)) };
            view.mode = *mode;
        } else if (key == "filter") {
            if (!value.IsMap())
                throw ViewFileError { value.Mark(), SavedViews::tr("'filter' wants a mapping") };
            QVariantMap map;
            for (const auto &field : value) {
                const QString name = QString::fromStdString(field.first.as<std::string>());
                if (field.second.IsSequence())
                    map.insert(name, listOf(field.second, "filter"));
                else
                    map.insert(name, scalarOf(field.second, "filter"));
            }
            if (map.value(QStringLiteral("hideOrphans")).toString() == u"true")
                map.insert(QStringLiteral("hideOrphans"), true);
            else
                map.remove(QStringLiteral("hideOrphans"));
            view.filter = GraphFilter::fromVariant(map);
        } else if (key == "focus") {
            view.focus = value.IsNull() ? QString() : scalarOf(value, "focus");
        } else if (key == "depth") {
            view.depth = std::clamp(int(numberOf(value, "depth")), 1, 5);
        } else if (key == "direction") {
            const auto direction = directionFromName(scalarOf(value, "direction"));
            if (!direction)
                throw ViewFileError { value.Mark(),
                    SavedViews::tr("unknown direction '%1' (both, downstream, upstream)").arg(qstr(value)) };
            view.direction = *direction;
        } else if (key == "unfolded") {
            view.unfolded = listOf(value, "unfolded");
        } else if (key == "pinned") {
            view.pinned = listOf(value, "pinned");
        } else if (key == "zoom") {
            view.zoom = numberOf(value, "zoom");
            if (view.zoom <= 0)
                throw ViewFileError { value.Mark(), SavedViews::tr("'zoom' wants a number above 0") };
        } else if (key == "positions") {
            if (value.IsNull())
                continue;
            if (!value.IsMap())
                throw ViewFileError { value.Mark(), SavedViews::tr("'positions' wants a mapping of id: [x, y]") };
            for (const auto &position : value) {
                const YAML::Node &xy = position.second;
                if (!xy.IsSequence() || xy.size() != 2)
                    throw ViewFileError { xy.Mark(), SavedViews::tr("a position is [x, y]") };
                view.positions.insert(QString::fromStdString(position.first.as<std::string>()),
                    QPointF(numberOf(xy[0], "positions"), numberOf(xy[1], "positions")));
            }
        } else {
            throw ViewFileError { entry.first.Mark(),
                SavedViews::tr("unknown key '%1' (title, mode, filter, focus, depth, direction, unfolded, pinned, "
                               "zoom, positions)")
                    .arg(QString::fromStdString(key)) };
        }
    }
    return view;
}

std::variant<QByteArray, Diagnostic> readSmallFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcExport) << "cannot read" << path << file.errorString();
        return Diagnostic::error({ path, 0, 0 }, SavedViews::tr("cannot read: %1").arg(file.errorString()));
    }
    if (file.size() > maxViewFileSize)
        return Diagnostic::error({ path, 0, 0 }, SavedViews::tr("too large for a view file"));
    return file.readAll();
}

/** Parses YAML, turning yaml-cpp's and our own errors into a diagnostic at the file's line. */
template<typename T, typename Parse>
std::variant<T, Diagnostic> parseYaml(const QByteArray &yaml, const QString &path, Parse parse)
{
    try {
        return parse(YAML::Load(yaml.toStdString()));
    } catch (const ViewFileError &e) {
        qCWarning(lcExport) << path << e.mark.line + 1 << e.message;
        return Diagnostic::error({ path, e.mark.line + 1, e.mark.column + 1 }, e.message);
    } catch (const YAML::Exception &e) {
        qCWarning(lcExport) << path << e.mark.line + 1 << e.msg.c_str();
        return Diagnostic::error({ path, e.mark.line + 1, e.mark.column + 1 }, QString::fromStdString(e.msg));
    }
}

} // namespace

QString toString(ViewMode mode)
{
    switch (mode) {
    case ViewMode::StoryMap:
        return QStringLiteral("story-map");
    case ViewMode::FreeGraph:
        return QStringLiteral("free-graph");
    case ViewMode::Matrix:
        return QStringLiteral("matrix");
    }
    return QStringLiteral("story-map");
}

std::optional<ViewMode> viewModeFromString(QStringView name)
{
    for (ViewMode mode : { ViewMode::StoryMap, ViewMode::FreeGraph, ViewMode::Matrix }) {
        if (name == toString(mode))
            return mode;
    }
    return std::nullopt;
}

QString SavedViews::folderName()
{
    return QStringLiteral("views");
}

QString SavedViews::pathFor(const QString &root, const QString &name)
{
    return QDir(root).filePath(folderName() + u'/' + name + QStringLiteral(".yml"));
}

QStringList SavedViews::list(const QString &root)
{
    QStringList names;
    const QDir dir(QDir(root).filePath(folderName()));
    for (const QFileInfo &info : dir.entryInfoList({ QStringLiteral("*.yml") }, QDir::Files, QDir::Name))
        names << info.completeBaseName();
    return names;
}

bool SavedViews::isValidName(const QString &name)
{
    if (name.trimmed().isEmpty() || name.startsWith(u'.') || name.size() > 100)
        return false;
    return std::all_of(name.cbegin(), name.cend(),
        [](QChar c) { return c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u'.' || c == u' '; });
}

QByteArray SavedViews::toYaml(const SavedView &view)
{
    YAML::Emitter out;
    out << YAML::BeginMap;
    if (!view.title.isEmpty())
        out << YAML::Key << "title" << YAML::Value << utf8(view.title);
    out << YAML::Key << "mode" << YAML::Value << utf8(toString(view.mode));
    if (!view.filter.isEmpty()) {
        out << YAML::Key << "filter" << YAML::Value << YAML::BeginMap;
        const QVariantMap filter = view.filter.toVariant();
        for (auto it = filter.cbegin(); it != filter.cend(); ++it) {
            if (it.value().typeId() == QMetaType::QStringList) {
                if (!it.value().toStringList().isEmpty()) {
                    out << YAML::Key << utf8(it.key()) << YAML::Value;
                    emitList(out, it.value().toStringList());
                }
            } else if (it.key() == u"hideOrphans") {
                if (it.value().toBool())
                    out << YAML::Key << "hideOrphans" << YAML::Value << "true";
            } else if (it.key() == u"localDepth") {
                if (!view.filter.localRoot.isEmpty())
                    out << YAML::Key << "localDepth" << YAML::Value << it.value().toInt();
            } else if (!it.value().toString().isEmpty()) {
                out << YAML::Key << utf8(it.key()) << YAML::Value << utf8(it.value().toString());
            }
        }
        out << YAML::EndMap;
    }
    if (!view.focus.isEmpty()) {
        out << YAML::Key << "focus" << YAML::Value << utf8(view.focus);
        out << YAML::Key << "depth" << YAML::Value << view.depth;
        out << YAML::Key << "direction" << YAML::Value << utf8(directionName(view.direction));
    }
    if (!view.unfolded.isEmpty()) {
        QStringList unfolded = view.unfolded;
        unfolded.sort();
        out << YAML::Key << "unfolded" << YAML::Value << YAML::BeginSeq;
        for (const QString &group : std::as_const(unfolded))
            out << utf8(group);
        out << YAML::EndSeq;
    }
    out << YAML::Key << "zoom" << YAML::Value << utf8(number(view.zoom));
    if (!view.pinned.isEmpty()) {
        QStringList pinned = view.pinned;
        pinned.sort();
        out << YAML::Key << "pinned" << YAML::Value << YAML::BeginSeq;
        for (const QString &id : std::as_const(pinned))
            out << utf8(id);
        out << YAML::EndSeq;
    }
    if (!view.positions.isEmpty()) {
        QStringList ids = view.positions.keys();
        ids.sort();
        out << YAML::Key << "positions" << YAML::Value << YAML::BeginMap;
        for (const QString &id : std::as_const(ids)) {
            const QPointF at = view.positions.value(id);
            // Tenths of a point: finer than any screen, and short lines that diff well.
            out << YAML::Key << utf8(id) << YAML::Value << YAML::Flow << YAML::BeginSeq
                << utf8(number(std::round(at.x() * 10) / 10)) << utf8(number(std::round(at.y() * 10) / 10))
                << YAML::EndSeq;
        }
        out << YAML::EndMap;
    }
    out << YAML::EndMap;
    QByteArray bytes = "# A Storyloom view: open it in the Graph tab, or storyloom-cli export --view NAME.\n";
    bytes += out.c_str();
    bytes += '\n';
    return bytes;
}

std::variant<SavedView, Diagnostic> SavedViews::fromYaml(const QByteArray &yaml, const QString &path)
{
    auto result = parseYaml<SavedView>(yaml, path, [](const YAML::Node &root) { return parseView(root); });
    if (auto *view = std::get_if<SavedView>(&result))
        view->name = QFileInfo(path).completeBaseName();
    return result;
}

std::variant<SavedView, Diagnostic> SavedViews::read(const QString &path)
{
    auto bytes = readSmallFile(path);
    if (auto *error = std::get_if<Diagnostic>(&bytes))
        return *error;
    return fromYaml(std::get<QByteArray>(bytes), path);
}

std::optional<QString> SavedViews::write(const QString &path, const SavedView &view)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        qCWarning(lcExport) << "cannot create the folder of" << path;
        return tr("cannot create the folder of %1").arg(path);
    }
    QSaveFile file(path);
    const QByteArray bytes = toYaml(view);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        qCWarning(lcExport) << "cannot write" << path << file.errorString();
        return tr("cannot write %1: %2").arg(path, file.errorString());
    }
    return std::nullopt;
}

std::variant<ViewTour, Diagnostic> SavedViews::readTour(const QString &path)
{
    auto bytes = readSmallFile(path);
    if (auto *error = std::get_if<Diagnostic>(&bytes))
        return *error;
    return parseYaml<ViewTour>(std::get<QByteArray>(bytes), path, [](const YAML::Node &root) {
        if (!root.IsMap())
            throw ViewFileError { root.Mark(), SavedViews::tr("a tour is a mapping with title: and views:") };
        ViewTour tour;
        for (const auto &entry : root) {
            const std::string key = entry.first.as<std::string>();
            if (key == "title")
                tour.title = scalarOf(entry.second, "title");
            else if (key == "views")
                tour.views = listOf(entry.second, "views");
            else
                throw ViewFileError { entry.first.Mark(),
                    SavedViews::tr("unknown key '%1' (title, views)").arg(QString::fromStdString(key)) };
        }
        if (tour.views.isEmpty())
            throw ViewFileError { root.Mark(), SavedViews::tr("a tour lists its views under views:") };
        return tour;
    });
}

} // namespace storyloom
