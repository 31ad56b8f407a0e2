using System.Text;
using System.Text.Json;

namespace AttackKb.Reporting;

/// <summary>
/// How the CLI writes JSON to a text writer: indented, '\n' newlines, non-ASCII kept readable, final newline.
/// </summary>
public static class JsonOutput
{
    public static JsonWriterOptions Options => Core.Text.JsonFormat.Indented;

    public static void Write(TextWriter writer, MemoryStream utf8Json)
    {
        writer.Write(Encoding.UTF8.GetString(utf8Json.GetBuffer(), 0, (int)utf8Json.Length));
        writer.Write('\n');
    }
}
