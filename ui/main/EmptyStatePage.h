#pragma once

#include <QWidget>

namespace atc {

/**
 * What the main window shows with no profile saved: what the application does, and the two
 * ways to begin (Create Connector, Try the Sandbox Tenant).
 */
class EmptyStatePage : public QWidget
{
    Q_OBJECT
public:
    explicit EmptyStatePage(QWidget *parent = nullptr);

Q_SIGNALS:
    void createRequested();
    void sandboxRequested();
};

} // namespace atc
