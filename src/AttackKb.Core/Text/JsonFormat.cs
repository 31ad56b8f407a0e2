using System.Text.Encodings.Web;
using System.Text.Json;

namespace AttackKb.Core.Text;

/// <summary>
/// How every JSON file AttackKb writes for people and diffs looks: 2-space indent, '\n' newlines, non-ASCII kept
/// readable. One definition so the model JSON, the CLI's JSON and the catalog cannot drift apart.
/// </summary>
public static class JsonFormat
{
    public static JsonWriterOptions Indented { get; } = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
