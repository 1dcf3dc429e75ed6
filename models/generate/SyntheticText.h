#pragma once

#include <QString>
#include <QStringList>

#include <random>
#include <vector>

// Text that reads like a facilitator's notes and searches like it: words drawn from a ranked
// vocabulary of the programme's domain with Zipf frequencies (a few words are everywhere, most
// are rare), so that full-text queries over generated minutes range from very common to rare
// terms as real ones do.
class SyntheticText
{
public:
    explicit SyntheticText(std::mt19937_64 &random);

    // words words in sentences of 6 to 14 words, each capitalised and ended with a full stop.
    QString paragraph(int words);
    // A short title: 2 to 5 words, capitalised.
    QString title();
    // One word by its Zipf rank, for picking query terms of known frequency.
    const QString &word(int rank) const { return m_words.at(std::size_t(rank)); }
    int vocabularySize() const { return int(m_words.size()); }

private:
    const QString &pick();

    std::mt19937_64 &m_random;
    std::vector<QString> m_words;
    std::discrete_distribution<int> m_zipf;
};
