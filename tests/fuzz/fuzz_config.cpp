// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The whole storyloom.yml reader (readProjectConfig: title, content folders,
// templates, unknown keys, then the rules), through a real file in a
// temporary project: content folders always stay inside the project.
#include "fuzzcommon.h"

#include "core/extract/projectconfig.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace storyloom;

namespace {
QTemporaryDir *project = nullptr;
}

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialiseQt(argc, argv);
    project = new QTemporaryDir(); // lives as long as the process
    fuzz::require(project->isValid(), "a temporary project folder");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!project) { // the replay test calls without an Initialize of its own
        int argc = 0;
        LLVMFuzzerInitialize(&argc, nullptr);
    }
    {
        QFile file(project->filePath(QStringLiteral("storyloom.yml")));
        fuzz::require(file.open(QIODevice::WriteOnly | QIODevice::Truncate), "storyloom.yml can be written");
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    const ProjectConfig config = readProjectConfig(project->path());
    fuzz::require(config.format == ProjectFormat::Native, "a storyloom.yml makes a native project");
    fuzz::require(!config.title.isEmpty(), "a project always has a title");
    for (const QString &dir : config.contentDirs) {
        fuzz::require(!QDir::isAbsolutePath(dir), "content folders are relative");
        fuzz::require(dir != QLatin1String("..") && !dir.startsWith(QLatin1String("../")),
            "content folders stay inside the project");
    }
    for (const Diagnostic &d : config.diagnostics)
        fuzz::require(d.location.path == QLatin1String("storyloom.yml"), "diagnostics name storyloom.yml");
    return 0;
}
