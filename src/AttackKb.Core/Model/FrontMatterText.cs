using AttackKb.Core.Text;

namespace AttackKb.Core.Model;

/// <summary>
/// One key or string value of a note's front matter as written, in document order: what rules that look at every
/// text an author put there (not only the keys the binder models) need, without the YAML tree.
/// </summary>
/// <param name="Value">The string written (a key, or a scalar value).</param>
/// <param name="Location">Where the key or value starts.</param>
/// <param name="IsKey">A mapping key rather than a value.</param>
/// <param name="ColumnExact">
/// A plain scalar on one line: its character <c>i</c> is at <c>Location.Column + i</c> (quotes, escapes and folding
/// break that for the other styles).
/// </param>
/// <param name="KeyPath">The keys above the text, outermost first (<c>[contributors]</c> for an item of
/// <c>contributors</c>; empty for a top-level key).</param>
public sealed record FrontMatterText(
    string Value, SourceLocation Location, bool IsKey, bool ColumnExact, IReadOnlyList<string> KeyPath);
