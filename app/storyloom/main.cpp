// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// storyloom: the desktop application. Everything lives in the libraries.
#include "ui/mainwindow/application.h"

int main(int argc, char *argv[])
{
    return storyloom::runApplication(argc, argv);
}
