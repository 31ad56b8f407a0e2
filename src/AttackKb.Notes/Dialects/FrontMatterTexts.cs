using AttackKb.Core.Model;
using AttackKb.Notes.Yaml;

namespace AttackKb.Notes.Dialects;

/// <summary>Flattens a note's front matter into the model's <see cref="FrontMatterText"/> list.</summary>
internal static class FrontMatterTexts
{
    /// <summary>Every key and scalar in document order (a key before its value); empty for no front matter.</summary>
    public static IReadOnlyList<FrontMatterText> Of(YamlMapping? frontMatter)
    {
        if (frontMatter is null) return [];
        var texts = new List<FrontMatterText>();
        Add(frontMatter, [], texts);
        return texts;
    }

    private static void Add(YamlNode node, string[] keyPath, List<FrontMatterText> texts)
    {
        switch (node)
        {
            case YamlScalar s:
                texts.Add(Text(s, keyPath, isKey: false));
                break;
            case YamlSequence seq:
                foreach (var item in seq.Items) Add(item, keyPath, texts);
                break;
            case YamlMapping map:
                foreach (var e in map.Entries)
                {
                    texts.Add(Text(e.Key, keyPath, isKey: true));
                    Add(e.Value, [.. keyPath, e.Key.Value], texts);
                }
                break;
        }
    }

    private static FrontMatterText Text(YamlScalar s, string[] keyPath, bool isKey) => new(
        s.Value, s.Location, isKey,
        ColumnExact: s.Style == ScalarStyle.Plain && !s.Value.Contains('\n', StringComparison.Ordinal),
        keyPath);
}
