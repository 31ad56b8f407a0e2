using AttackKb.Core.Model;
using AttackKb.Core.Text;
using AttackKb.Notes.Writing;
using AttackKb.Notes.Yaml;

namespace AttackKb.Notes.Dialects;

/// <summary>Reads back what <c>attackkb import</c> wrote into a note's front matter (<see cref="ImportStamp"/>).
/// </summary>
internal static class ImportProvenance
{
    public const string Key = "imported_from";

    /// <summary>
    /// Present whenever <c>imported_from</c> is, whatever its value: the key alone says the note carries official
    /// text. A value that is not a string is kept as an empty one at its place.
    /// </summary>
    public static ImportedFrom? Read(YamlMapping? frontMatter)
    {
        if (frontMatter?[Key] is not { } node) return null;
        var release = node is YamlScalar s ? s.AsLocated() : new Located<string>("", node.Location);
        return new ImportedFrom(release, frontMatter.String(ImportStamp.Key));
    }
}
