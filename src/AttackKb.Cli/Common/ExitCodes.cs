namespace AttackKb.Cli.Common;

/// <summary>The exit-code contract (README "Exit codes"). Never change a value.</summary>
public static class ExitCodes
{
    /// <summary>Success: no errors in the data.</summary>
    public const int Ok = 0;
    /// <summary>The command ran and found errors in the data (or could not export some notes).</summary>
    public const int DataErrors = 1;
    /// <summary>Bad usage, bad configuration, or an unreadable ATT&amp;CK release.</summary>
    public const int Usage = 2;
    /// <summary>A bug in attackkb.</summary>
    public const int InternalError = 3;
}
