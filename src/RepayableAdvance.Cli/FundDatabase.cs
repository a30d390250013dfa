using Microsoft.Data.Sqlite;
using RepayableAdvance.Json;

namespace RepayableAdvance.Cli;

/// <summary>
/// Reads a fund from a SQLite database written by the <c>RepayableAdvance.EntityFrameworkCore</c> store, read-only,
/// with plain SQL over its two tables (<c>Funds</c> and <c>Events</c>), and replays it with <see cref="FundEventLog"/>:
/// the tool needs no Entity Framework Core, so its start-up and its Native AOT build are unchanged. Amounts are read
/// from the events' JSON as exact decimals; nothing is summed in SQL.
/// </summary>
internal static class FundDatabase
{
    internal static ReplayedFund Load(FileInfo database, string? fundId)
    {
        if (!database.Exists)
        {
            throw new CliException($"Database not found: {database.FullName}. Check the path.", $"Base de données introuvable : {database.FullName}. Vérifiez le chemin.");
        }

        var builder = new SqliteConnectionStringBuilder { DataSource = database.FullName, Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        using var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            var funds = new List<(string Id, string Document, int Version)>();
            using (var command = connection.CreateCommand())
            {
                command.CommandText = "SELECT Id, Document, Version FROM Funds ORDER BY Id";
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    funds.Add((reader.GetString(0), reader.GetString(1), reader.GetInt32(2)));
                }
            }

            var fund = Pick(database, funds.Select(f => f.Id).ToList(), fundId);
            var (id, document, version) = funds.Single(f => f.Id == fund);
            var events = new List<FundLogEvent>();
            using (var command = connection.CreateCommand())
            {
                command.CommandText = "SELECT Sequence, Kind, Payload FROM Events WHERE FundId = $fund AND Sequence <= $version ORDER BY Sequence";
                command.Parameters.AddWithValue("$fund", id);
                command.Parameters.AddWithValue("$version", version);
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    events.Add(new FundLogEvent(reader.GetInt32(0), reader.GetString(1), reader.GetString(2)));
                }
            }

            return FundEventLog.Replay(id, document, events);
        }
        catch (SqliteException e)
        {
            throw new CliException(
                $"{database.Name} is not a fund database written by RepayableAdvance.EntityFrameworkCore (SQLite: {e.Message}).",
                $"{database.Name} n'est pas une base de fonds écrite par RepayableAdvance.EntityFrameworkCore (SQLite : {e.Message}).");
        }
        catch (InvalidDataException e)
        {
            throw new CliException($"{database.Name}: {e.Message}", $"{database.Name} : {e.Message}");
        }
    }

    private static string Pick(FileInfo database, List<string> ids, string? fundId)
    {
        var known = ids.Count == 0 ? "none" : string.Join(", ", ids);
        var connues = ids.Count == 0 ? "aucun" : string.Join(", ", ids);
        if (fundId is null)
        {
            return ids.Count == 1
                ? ids[0]
                : throw new CliException($"{database.Name} holds {ids.Count} funds: name one with --fund (funds: {known}).", $"{database.Name} contient {ids.Count} fonds : désignez-en un avec --fund (fonds : {connues}).");
        }

        return ids.Contains(fundId, StringComparer.Ordinal)
            ? fundId
            : throw new CliException($"{database.Name} has no fund '{fundId}' (funds: {known}).", $"{database.Name} n'a pas de fonds « {fundId} » (fonds : {connues}).");
    }
}
