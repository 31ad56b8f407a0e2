using System.Text.Encodings.Web;
using System.Text.Json;
using AttackKb.Core.Diff;

namespace AttackKb.Reporting.Diff;

/// <summary>
/// The diff as JSON (README "attackkb diff → JSON"): <c>counts.&lt;kind&gt;.&lt;category&gt;</c>, then the entries
/// under <c>changes.&lt;kind&gt;.&lt;category&gt;</c>. Fixed property order, every kind and category always present,
/// entries in ordinal ID order, '\n' newlines: the same inputs give the same bytes. Format <c>attackkb-diff</c>, v2.
/// </summary>
public static class DiffJsonWriter
{
    public const int FormatVersion = 2;

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(Stream stream, DiffReport r)
    {
        using var w = new Utf8JsonWriter(stream, Options);
        w.WriteStartObject();
        w.WriteString("format", "attackkb-diff");
        w.WriteNumber("formatVersion", FormatVersion);
        w.WriteString("mode", r.Mode == DiffMode.Full ? "full" : "kb-against-release");
        Side(w, "old", r.Old);
        Side(w, "new", r.New);
        w.WriteNumber("changeCount", r.ChangeCount);
        w.WriteStartObject("counts");
        foreach (var (kind, _) in DiffKinds.All)
        {
            w.WriteStartObject(kind);
            foreach (var c in ChangeCategories.All) w.WriteNumber(ChangeCategories.Json(c), r.Count(kind, c));
            w.WriteEndObject();
        }
        w.WriteEndObject();
        w.WriteStartObject("changes");
        foreach (var (kind, _) in DiffKinds.All)
        {
            w.WriteStartObject(kind);
            foreach (var c in ChangeCategories.All)
            {
                w.WriteStartArray(ChangeCategories.Json(c));
                foreach (var e in r.Of(kind, c)) Entry(w, e);
                w.WriteEndArray();
            }
            w.WriteEndObject();
        }
        w.WriteEndObject();

        if (r.KnowledgeBase is { } kb)
        {
            w.WriteStartObject("knowledgeBase");
            Notes(w, "revoked", kb.Revoked);
            Notes(w, "deprecated", kb.Deprecated);
            Notes(w, "stale", kb.Stale);
            Notes(w, "notInRelease", kb.NotInRelease);
            w.WriteNumber("releaseTechniquesWithoutNote", kb.ReleaseTechniquesWithoutNote);
            w.WriteEndObject();
        }
        else w.WriteNull("knowledgeBase");
        w.WriteEndObject();
        w.Flush();
        stream.WriteByte((byte)'\n');
    }

    public static string ToText(DiffReport report)
    {
        using var stream = new MemoryStream();
        Write(stream, report);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Side(Utf8JsonWriter w, string name, DiffSideInfo side)
    {
        w.WriteStartObject(name);
        w.WriteString("kind", side.Kind);
        w.WriteString("name", side.Name);
        w.WriteString("source", side.Source);
        w.WriteEndObject();
    }

    private static void Entry(Utf8JsonWriter w, ChangeEntry e)
    {
        var o = e.Current;
        w.WriteStartObject();
        w.WriteString("id", o.Id);
        w.WriteString("stixId", o.StixId);
        w.WriteString("name", o.Name);
        w.WriteString("url", o.Url);
        w.WriteString("oldVersion", e.Old?.Version);
        w.WriteString("newVersion", e.New?.Version);
        if (o.Path is not null) w.WriteString("path", o.Path);
        if (e.Category == ChangeCategory.Revocations)
        {
            if (e.RevokedBy is { } by)
            {
                w.WriteStartObject("revokedBy");
                w.WriteString("id", by.Id);
                w.WriteString("stixId", by.StixId);
                w.WriteString("name", by.Name);
                w.WriteEndObject();
            }
            else w.WriteNull("revokedBy");
        }
        w.WriteStartArray("changes");
        foreach (var f in e.Changes)
        {
            w.WriteStartObject();
            w.WriteString("field", f.Field);
            if (f.Old is not null || f.New is not null)
            {
                w.WriteString("old", f.Old);
                w.WriteString("new", f.New);
            }
            if (f.Added.Count + f.Removed.Count > 0)
            {
                Strings(w, "added", f.Added);
                Strings(w, "removed", f.Removed);
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Notes(Utf8JsonWriter w, string name, IReadOnlyList<KbNoteStatus> notes)
    {
        w.WriteStartArray(name);
        foreach (var n in notes)
        {
            w.WriteStartObject();
            w.WriteString("id", n.Id);
            w.WriteString("name", n.Name);
            w.WriteString("path", n.Path);
            w.WriteString("noteVersion", n.NoteVersion);
            w.WriteString("releaseVersion", n.ReleaseVersion);
            w.WriteString("replacedBy", n.ReplacedBy);
            w.WriteString("replacedByName", n.ReplacedByName);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void Strings(Utf8JsonWriter w, string name, IReadOnlyList<string> values)
    {
        w.WriteStartArray(name);
        foreach (string v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }
}
