using System.Text;
using System.Text.Json;
using AttackKb.Core.Text;

namespace AttackKb.Core.Config;

/// <summary>
/// Finds the keys of attackkb.json that <see cref="ConfigSchema"/> does not know, each located at its line and column
/// with the known key it probably meant. Reads the bytes with <see cref="Utf8JsonReader"/>, the only JSON reader that
/// knows where a property name is.
/// </summary>
internal static class ConfigKeyCheck
{
    /// <summary>One line per unknown key (<c>path(line,col): unknown key 'exlude' (did you mean 'exclude'?)</c>),
    /// empty when every key is known. The bytes must already parse as JSON.</summary>
    public static IReadOnlyList<string> UnknownKeys(byte[] bytes, string path)
    {
        var problems = new List<string>();
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true,
        });
        LineMap? lines = null;
        string? section = null;
        while (reader.Read())
        {
            if (reader.TokenType != JsonTokenType.PropertyName) continue;
            string name = reader.GetString()!;
            IReadOnlySet<string>? known = null;
            string where = "";
            if (reader.CurrentDepth == 1) (section, known) = (name, ConfigSchema.TopLevel);
            else if (reader.CurrentDepth == 2 && section is not null)
                (known, where) = (ConfigSchema.Sections.GetValueOrDefault(section), $" in '{section}'");
            if (known is null || known.Contains(name)) continue;

            lines ??= new LineMap(Encoding.UTF8.GetString(bytes));
            var (line, column) = lines.Position(Encoding.UTF8.GetCharCount(bytes, 0, (int)reader.TokenStartIndex));
            string hint = NearestName.Closest(name, known) is { } k ? $" (did you mean '{k}'?)" : "";
            problems.Add(FormattableString.Invariant(
                $"{path}({line},{column}): unknown key '{name}'{where}{hint}; known keys: {Known(known)}"));
        }
        return problems;
    }

    private static string Known(IReadOnlySet<string> keys) => string.Join(", ", keys.Order(StringComparer.Ordinal));
}
