#pragma once

#include <QString>

class ExhibitDocument;

/** A picture, recording or captions file a curator chose from disk for a
 *  field ("chapters.battles.narration.en.audio"), put into the media folder
 *  as content/README.md asks: checked first (a picture that cannot be read,
 *  a recording that does not play to its end, captions that do not parse are
 *  refused, and nothing is copied), then copied under a name no file in the
 *  folder has, so the live version and every version it can be rolled back
 *  to keep theirs: "narration/battles.en.opus", else
 *  "narration/battles.en.v2.opus", v3, ... */
class MediaImport
{
public:
    enum class Kind { None, Image, Audio, Captions };

    struct Result
    {
        QString path; // inside the media folder, for the field; empty if refused
        QString problem; // why it was refused
        QString warning; // taken, but the kiosk will say so (captions past the audio's end)
    };

    explicit MediaImport(const QString &mediaRoot);

    // What a field holds, by its path's last key; None for a text.
    [[nodiscard]] static Kind kindOf(const QString &fieldPath);
    // Where in the media folder, and under which name before its number: "narration/battles.en".
    [[nodiscard]] static QString stemFor(const QString &fieldPath);
    // The first name of the stem's series free in the media folder.
    [[nodiscard]] QString freeName(const QString &stem, const QString &suffix) const;

    // `exhibit` as it is before the field takes the new file: the other half
    // of a narration (its recording or captions) is checked against it.
    [[nodiscard]] Result import(const QString &sourceFile, const QString &fieldPath,
                                const ExhibitDocument &exhibit) const;

    // Larger is no picture, recording or captions a kiosk should load.
    static constexpr qint64 MaxBytes = qint64(512) * 1024 * 1024;

private:
    [[nodiscard]] QString check(const QString &file, const QString &name, Kind kind,
                                const QString &fieldPath, const ExhibitDocument &exhibit,
                                QString *warning) const;

    QString m_root;
};
