#pragma once

// What the Edit menu asks of the area on screen; each area answers for its own records.
class Area
{
public:
    virtual ~Area() = default;
    virtual void addRecord() = 0;
    virtual void editCurrent() = 0;
    virtual void deleteCurrent() = 0;
    virtual void focusFilter() = 0;
};
