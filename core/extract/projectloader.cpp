// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/projectloader.h"

#include "core/extract/graphbuilder.h"
#include "core/extract/projectconfig.h"
#include "core/extract/projectscanner.h"
#include "core/util/disposal.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <memory>

namespace storyloom {

LoadResult ProjectLoader::run(const QString &rootPath, const LoadOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    const QString root = QFileInfo(rootPath).absoluteFilePath();
    const ProjectConfig config = options.config ? *options.config : readProjectConfig(root);
    ScanOptions scanOptions;
    scanOptions.maxFileSize = options.maxFileSize;
    scanOptions.cache = options.cache;
    scanOptions.cancel = options.cancel;
    scanOptions.progress = options.progress;
    scanOptions.listing = options.listing;
    scanOptions.read = options.read;
    scanOptions.trim
        = [&config](const QString &path, ParsedDocument &document) { GraphBuilder::trim(path, document, config); };
    ScanResult scan = scanProject(root, config, scanOptions);
    LoadResult result;
    result.filesParsed = scan.parsed;
    result.filesReused = scan.reused;
    if (options.stage && !(options.cancel && options.cancel->load()))
        options.stage(LoadStage::Linking);
    auto builder = std::make_unique<GraphBuilder>(root, config);
    result.snapshot = builder->build(std::move(scan));
    // It holds every parse, which takes a while to free on a large project.
    if (options.keepParses)
        result.parses = std::move(builder);
    else
        destroyInBackground(std::move(builder));
    result.milliseconds = timer.elapsed();
    return result;
}

Snapshot ProjectLoader::load(const QString &rootPath, const LoadOptions &options)
{
    return run(rootPath, options).snapshot;
}

} // namespace storyloom
