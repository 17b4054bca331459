"""Knowledge-base gaps: the questions nobody answered automatically, grouped by TF-IDF similarity, each group
with its size, examples, the nearest article and a suggested title for a new one. Plain data in and out."""
from __future__ import annotations

from dataclasses import dataclass

from ..mail.quotes import bare_subject

SIMILAR = 0.25          # cosine similarity to a group's centre that makes a question one of the group
MAX_GROUPS = 20
EXAMPLES = 3


@dataclass(frozen=True)
class Question:
    subject: str
    text: str
    created: float = 0.0


def suggested_title(subject: str, keywords: list[str]) -> str:
    """The group's most central subject, tidied; its top terms when the subject says nothing."""
    title = bare_subject(subject).rstrip("?!. ").strip()
    if len(title.split()) < 2 and keywords:
        title = " ".join(keywords[:4])
    return (title[:1].upper() + title[1:])[:100] if title else "Untitled"


def gaps(questions: list[Question], articles: list) -> list[dict]:
    """Groups of similar questions, largest first. `articles`: decide.kb.Article (id, title, questions,
    answer)."""
    questions = [q for q in questions if (q.subject or q.text).strip()]
    if not questions:
        return []
    from scipy.sparse import csr_matrix
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.preprocessing import normalize

    docs = [f"{bare_subject(q.subject)}\n{bare_subject(q.subject)}\n{q.text[:1000]}" for q in questions]
    art_docs = [f"{a.title}\n{' '.join(a.questions)}\n{a.answer[:1000]}" for a in articles]
    vectorizer = TfidfVectorizer(stop_words="english", sublinear_tf=True, ngram_range=(1, 2), min_df=1)
    try:
        matrix = vectorizer.fit_transform(docs + art_docs)
    except ValueError:   # nothing but stop words
        return []
    vectors, art_vectors = matrix[:len(docs)], matrix[len(docs):]
    terms = vectorizer.get_feature_names_out()

    # One pass, in arrival order: a question joins the group whose centre it is most similar to, or starts one.
    members: list[list[int]] = []
    centres: list = []
    for i in range(len(docs)):
        row = vectors[i]
        best, best_sim = -1, 0.0
        for g, centre in enumerate(centres):
            sim = float(row.multiply(centre).sum())
            if sim > best_sim:
                best, best_sim = g, sim
        if best >= 0 and best_sim >= SIMILAR:
            members[best].append(i)
            centres[best] = normalize(csr_matrix(vectors[members[best]].sum(axis=0)))
        else:
            members.append([i])
            centres.append(row)

    groups = []
    for idx, centre in zip(members, centres):
        dense = centre.toarray().ravel()
        keywords = [str(terms[t]) for t in dense.argsort()[::-1][:6] if dense[t] > 0 and " " not in terms[t]]
        sims = [float(vectors[i].multiply(centre).sum()) for i in idx]
        central = idx[max(range(len(idx)), key=lambda k: sims[k])]
        nearest = None
        if articles:
            scores = (art_vectors @ centre.T).toarray().ravel()
            a = int(scores.argmax())
            nearest = {"id": articles[a].id, "title": articles[a].title, "similarity": round(float(scores[a]), 3)}
        ordered = sorted(idx, key=lambda i: -questions[i].created)
        groups.append({
            "size": len(idx),
            "examples": [bare_subject(questions[i].subject) or questions[i].text[:80] for i in ordered[:EXAMPLES]],
            "keywords": keywords,
            "nearest_article": nearest,
            "suggested_title": suggested_title(questions[central].subject, keywords),
        })
    groups.sort(key=lambda g: (-g["size"], g["suggested_title"]))
    return groups[:MAX_GROUPS]

