using RepayableAdvance.Funds;
using RepayableAdvance.Json;

namespace RepayableAdvance.Cli;

/// <summary>Where a command reads its advance book: an advance book document (JSON), or a fund stored in a database (<c>--database</c>, <c>--fund</c>).</summary>
internal sealed record BookSource(FileInfo? File, FileInfo? Database, string? Fund)
{
    /// <summary>The book, after every stored event.</summary>
    internal AdvanceBook Load()
    {
        if (Database is not null)
        {
            if (File is not null)
            {
                throw new CliException(
                    $"Give either an advance book document ({File.Name}) or --database, not both.",
                    $"Donnez soit un document de portefeuille d'avances ({File.Name}), soit --database, pas les deux.");
            }

            return FundDatabase.Load(Database, Fund).Book;
        }

        if (Fund is not null)
        {
            throw new CliException("--fund names a fund of --database: give the database too.", "--fund désigne un fonds de --database : donnez aussi la base.");
        }

        return File is null
            ? throw new CliException("Give an advance book document (JSON), or --database PATH with --fund ID.", "Donnez un document de portefeuille d'avances (JSON), ou --database CHEMIN avec --fund ID.")
            : Inputs.Load(File, AdvanceBookDocument.Read).Replay();
    }
}
