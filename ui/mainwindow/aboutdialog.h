// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QIcon>
#include <QList>
#include <QString>

namespace storyloom {

/** One third-party component Storyloom is built on, as the About dialog lists it. */
struct ThirdPartyComponent
{
    QString name;
    QString version; ///< empty when it cannot be known at build or run time
    QString licence; ///< SPDX identifier
    QString url;
};

/**
 * Help > About Storyloom: the version and commit this binary was built from
 * (so bug reports name exactly what ran), Storyloom's licence, and the
 * libraries it uses with their licences, as their licences ask.
 */
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    /** "0.1.0 (commit abc1234567)" or just "0.1.0" outside a checkout. */
    [[nodiscard]] static QString versionText();
    /** The libraries and programs Storyloom uses, with versions where known. */
    [[nodiscard]] static QList<ThirdPartyComponent> components();
    /** Plain text for bug reports: version, commit, Qt version and platform. */
    [[nodiscard]] static QString systemInformation();
};

/** Renders the application icon (embedded SVG) at the usual sizes; needs no SVG icon plugin. */
[[nodiscard]] QIcon applicationIcon();

} // namespace storyloom
