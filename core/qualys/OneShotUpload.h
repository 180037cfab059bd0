#pragma once

#include <QByteArray>
#include <QIODevice>

namespace atc {

/**
 * A request body that can be read once and never rewound. Qt (6.4) silently sends a request
 * again when its connection closes before any answer byte arrived; for a create that would
 * make a second connector when the platform already made the first. Given this device with
 * QNetworkRequest::DoNotBufferUploadDataAttribute, Qt cannot replay the body and ends the
 * reply with ContentReSendError instead, which the caller treats as "may have been done".
 */
class OneShotUpload : public QIODevice
{
    Q_OBJECT
public:
    explicit OneShotUpload(QByteArray data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    /** Never: the point of this device (quietly, without QIODevice's seek warning). */
    bool reset() override { return false; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_offset = 0;
};

} // namespace atc
