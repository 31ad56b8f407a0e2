using AttackKb.Notes.Writing;

namespace AttackKb.Notes.Tests.Import;

public class ImportStampTests
{
    private const string Note = "---\nkind: technique\nname: X\nimported_from: enterprise-attack 18.1\n---\n\n# X\n\n## Description\n\nText.\n";

    [Fact]
    public void A_stamped_note_is_intact_until_any_byte_changes()
    {
        string stamped = ImportStamp.Apply(Note);
        Assert.Contains("\nimport_hash: ", stamped, StringComparison.Ordinal);
        Assert.Equal(StampState.Intact, ImportStamp.Check(stamped));
        Assert.Equal(StampState.Edited, ImportStamp.Check(stamped.Replace("Text.", "Text!", StringComparison.Ordinal)));
        Assert.Equal(StampState.Edited, ImportStamp.Check(stamped.Replace("name: X", "name: Y", StringComparison.Ordinal)));
        Assert.Equal(StampState.Edited, ImportStamp.Check(stamped + "\n"));
        Assert.Equal(StampState.Missing, ImportStamp.Check(Note));
        Assert.Equal(StampState.Missing, ImportStamp.Check("no front matter"));
    }
}
