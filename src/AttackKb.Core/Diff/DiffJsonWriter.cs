using System.Text.Encodings.Web;
using System.Text.Json;

namespace AttackKb.Core.Diff;

/// <summary>
/// The diff as JSON (README "attackkb diff → JSON"): fixed property order, every group always present (empty arrays),
/// lists in ordinal ID order, '\n' newlines, so the same inputs give the same bytes. Format id <c>attackkb-diff</c>, version 1.
/// </summary>
public static class DiffJsonWriter
{
    public const int FormatVersion = 1;

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

        w.WriteStartObject("techniques");
        Entries(w, "added", r.Added);
        Entries(w, "removed", r.Removed);
        w.WriteStartArray("revoked");
        foreach (var e in r.Revoked)
        {
            w.WriteStartObject();
            w.WriteString("id", e.Id);
            w.WriteString("name", e.Name);
            w.WriteString("replacedBy", e.ReplacedBy);
            w.WriteString("replacedByName", e.ReplacedByName);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        Entries(w, "deprecated", r.Deprecated);
        Changes(w, "majorVersionChanges", r.MajorVersionChanges);
        Changes(w, "minorVersionChanges", r.MinorVersionChanges);
        Changes(w, "otherChanges", r.OtherChanges);
        w.WriteStartArray("descriptionChanges");
        foreach (var c in r.DescriptionChanges) w.WriteStringValue(c.Id);
        w.WriteEndArray();
        ListChanges(w, "tacticChanges", r.TacticChanges, "tactics");
        ListChanges(w, "platformChanges", r.PlatformChanges, "platforms");
        w.WriteEndObject();

        Group(w, "detectionStrategies", r.DetectionStrategies);
        Group(w, "analytics", r.Analytics);
        Group(w, "dataComponents", r.DataComponents);

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

    private static void Entries(Utf8JsonWriter w, string name, IReadOnlyList<TechniqueEntry> entries)
    {
        w.WriteStartArray(name);
        foreach (var e in entries)
        {
            w.WriteStartObject();
            w.WriteString("id", e.Id);
            w.WriteString("name", e.Name);
            Strings(w, "tactics", e.Tactics);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void Changes(Utf8JsonWriter w, string name, IReadOnlyList<ObjectChange> changes)
    {
        w.WriteStartArray(name);
        foreach (var c in changes) Change(w, c);
        w.WriteEndArray();
    }

    private static void Change(Utf8JsonWriter w, ObjectChange c)
    {
        w.WriteStartObject();
        w.WriteString("id", c.Id);
        w.WriteString("name", c.Name);
        w.WriteString("oldVersion", c.OldVersion);
        w.WriteString("newVersion", c.NewVersion);
        w.WriteStartArray("changes");
        foreach (var f in c.Changes)
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

    private static void ListChanges(Utf8JsonWriter w, string name, IReadOnlyList<ObjectChange> changes, string field)
    {
        w.WriteStartArray(name);
        foreach (var c in changes)
        {
            var f = c.Field(field)!;
            w.WriteStartObject();
            w.WriteString("id", c.Id);
            w.WriteString("name", c.Name);
            Strings(w, "added", f.Added);
            Strings(w, "removed", f.Removed);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void Group(Utf8JsonWriter w, string name, ObjectGroup g)
    {
        w.WriteStartObject(name);
        ObjectEntries(w, "added", g.Added);
        ObjectEntries(w, "removed", g.Removed);
        w.WriteStartArray("changed");
        foreach (var c in g.Changed) Change(w, c);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void ObjectEntries(Utf8JsonWriter w, string name, IReadOnlyList<ObjectEntry> entries)
    {
        w.WriteStartArray(name);
        foreach (var e in entries)
        {
            w.WriteStartObject();
            w.WriteString("id", e.Id);
            w.WriteString("name", e.Name);
            w.WriteString("detail", e.Detail);
            w.WriteEndObject();
        }
        w.WriteEndArray();
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
