using AttackKb.Core.Text;

namespace AttackKb.Core.Model;

/// <summary>
/// Where <c>attackkb import</c> took a note from, as it writes it: <c>imported_from: enterprise-attack 18.1</c> (the
/// release's domain and version) and the stamp <c>import_hash</c> that tells its own notes from edited ones.
/// <paramref name="Release"/> is the value as written (empty when the key has no value or not a string); present
/// whenever the key is, since a note that says it was imported carries official text.
/// </summary>
public sealed record ImportedFrom(Located<string> Release, Located<string>? Hash)
{
    /// <summary>The release's domain (<c>enterprise-attack</c>): the value up to its last space.</summary>
    public string Domain => Split().Domain;
    /// <summary>The release's version (<c>18.1</c>): the value after its last space; empty without one.</summary>
    public string Version => Split().Version;

    private (string Domain, string Version) Split()
    {
        string value = Release.Value.Trim();
        int space = value.LastIndexOf(' ');
        return space < 0 ? (value, "") : (value[..space], value[(space + 1)..]);
    }
}
