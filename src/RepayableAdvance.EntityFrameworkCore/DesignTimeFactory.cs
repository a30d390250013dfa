using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace RepayableAdvance.EntityFrameworkCore;

/// <summary>Builds the context for <c>dotnet ef migrations</c>: SQLite, the embedded default.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<FundStoreContext>
{
    public FundStoreContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<FundStoreContext>().UseSqlite("Data Source=design-time.db").Options);
}
