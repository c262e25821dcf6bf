#pragma once

#include <QString>
#include <QStringList>

namespace parcours {

class DocumentBuilder;

/// A framed box to answer in on paper: the question (bold), its prompts, then blank room of `heightMm`. One table
/// cell, so the question never sits at the foot of a page with its room on the next.
void questionBox(DocumentBuilder& builder, const QString& question, const QStringList& prompts, qreal heightMm);

} // namespace parcours
