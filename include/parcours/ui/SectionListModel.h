#pragma once

#include <QAbstractListModel>

#include <parcours/core/Synthesis.h>

namespace parcours {

/**
 * The sections of the synthèse shown, in order: title, shown or hidden (check box), words. Renaming and showing or
 * hiding go out as layoutEdited (the tab applies them through an undoable command); the rows come back from
 * storage with setSections.
 */
class SectionListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { KeyRole = Qt::UserRole + 1, WordsRole };

    explicit SectionListModel(QObject* parent = nullptr);

    void setSections(const QList<SynthesisSection>& sections);
    /// A final version: nothing can be renamed or hidden.
    void setReadOnly(bool readOnly);
    QList<SectionLayout> layout() const;
    QString keyAt(int row) const;
    int rowOf(const QString& key) const;
    /// The layout with one section moved by `delta` rows (up is negative).
    QList<SectionLayout> moved(int row, int delta) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

Q_SIGNALS:
    void layoutEdited(const QList<SectionLayout>& layout);

private:
    struct Row {
        SectionLayout layout;
        int words = 0;
    };
    QList<Row> m_rows;
    bool m_readOnly = false;
};

} // namespace parcours
