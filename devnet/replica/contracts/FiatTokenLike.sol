// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @notice A USDC-like token with the storage layout of Circle's FiatToken that matters to Poolscope:
/// nine leading words (owner, pauser/paused, blacklister, blacklisted, name, symbol, decimals, currency,
/// masterMinter/initialized), then `balances` at slot 9 and `allowed` at slot 10, `totalSupply` at 11.
/// The app finds allowance slots with eth_createAccessList, so the layout must be the real one.
/// @dev Replica only: anyone may mint. No constructor state, so it works behind SlotProxy (as USDC is a
/// proxy). approve/transfer return bool like the real FiatToken.
contract FiatTokenLike {
    uint256 private reserved0;
    uint256 private reserved1;
    uint256 private reserved2;
    uint256 private reserved3;
    uint256 private reserved4;
    uint256 private reserved5;
    uint256 private reserved6;
    uint256 private reserved7;
    uint256 private reserved8;
    mapping(address => uint256) internal balances;
    mapping(address => mapping(address => uint256)) internal allowed;
    uint256 public totalSupply;

    event Transfer(address indexed from, address indexed to, uint256 value);
    event Approval(address indexed owner, address indexed spender, uint256 value);

    function name() external pure returns (string memory) {
        return "USD Coin";
    }

    function symbol() external pure returns (string memory) {
        return "USDC";
    }

    function decimals() external pure returns (uint8) {
        return 6;
    }

    function balanceOf(address owner) external view returns (uint256) {
        return balances[owner];
    }

    function allowance(address owner, address spender) external view returns (uint256) {
        return allowed[owner][spender];
    }

    function approve(address spender, uint256 value) external returns (bool) {
        allowed[msg.sender][spender] = value;
        emit Approval(msg.sender, spender, value);
        return true;
    }

    function transfer(address to, uint256 value) external returns (bool) {
        _move(msg.sender, to, value);
        return true;
    }

    function transferFrom(address from, address to, uint256 value) external returns (bool) {
        uint256 current = allowed[from][msg.sender];
        require(current >= value, "ERC20: transfer amount exceeds allowance");
        if (current != type(uint256).max) allowed[from][msg.sender] = current - value;
        _move(from, to, value);
        return true;
    }

    function mint(address to, uint256 value) external {
        totalSupply += value;
        balances[to] += value;
        emit Transfer(address(0), to, value);
    }

    function _move(address from, address to, uint256 value) private {
        require(balances[from] >= value, "ERC20: transfer amount exceeds balance");
        balances[from] -= value;
        balances[to] += value;
        emit Transfer(from, to, value);
    }
}
