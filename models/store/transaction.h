#pragma once

namespace Funnelscope {

class Connection;

/**
 * RAII transaction: BEGIN IMMEDIATE on construction, ROLLBACK on destruction unless
 * commit() was called. An exception anywhere in between leaves the workspace as before.
 */
class Transaction
{
public:
    explicit Transaction(Connection &connection);
    ~Transaction();

    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();
    void rollback();

private:
    Connection &mConnection;
    bool mOpen = false;
};

} // namespace Funnelscope
